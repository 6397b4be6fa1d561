package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.register.LicenceVerification;
import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.LicenceNumberFormat;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.AccessRecorder;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the engine to the rulebook, the register and the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdintelProperties.class)
class AdintelConfiguration {

    @Bean
    AdBlindIndex adintelBlindIndex(AdintelProperties properties, @Value("${ienline.production:false}") boolean production) {
        if (properties.blindIndexKey() == null || properties.blindIndexKey().isBlank()) {
            throw new IllegalStateException("ienline.adintel.blind-index-key is not set (IENLINE_ADINTEL_BLIND_INDEX_KEY:"
                    + " base64 of at least 32 random bytes)");
        }
        if (production && AdBlindIndex.DEVELOPMENT_KEY.equals(properties.blindIndexKey().strip())) {
            throw new IllegalStateException("ienline.production=true with the development blind index key of ad"
                    + " intelligence: set IENLINE_ADINTEL_BLIND_INDEX_KEY to a key of your own");
        }
        return new AdBlindIndex(properties.blindIndexKey());
    }

    @Bean
    AdGroups adGroups() {
        return new AdGroups(EngineSettings.DEFAULT);
    }

    @Bean
    AdImports.AnalyserFactory adAnalysers(Gazetteer gazetteer, Rulebook rulebook, LicenceVerification verification) {
        GazetteerTownLookup towns = new GazetteerTownLookup(gazetteer);
        LicenceChecks checks = new LicenceChecks(verification);
        AtomicReference<SnapshotAnalyser> cached = new AtomicReference<>();
        return () -> {
            LicenceNumberFormat format = rulebook.active().licenceNumberFormat();
            SnapshotAnalyser current = cached.get();
            if (current == null || !current.format().equals(format)) {
                current = new SnapshotAnalyser(towns, format, checks, EngineSettings.DEFAULT);
                cached.set(current);
            }
            return current;
        };
    }

    @Bean
    AdImports adImports(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
            AdImports.AnalyserFactory analysers, AdBlindIndex index, AdGroups groups, ApplicationEventPublisher events,
            AccessRecorder access, Clock clock) {
        return new AdImports(dataSource, jdbc, transactions, analysers, index, groups, events, access, clock);
    }
}
