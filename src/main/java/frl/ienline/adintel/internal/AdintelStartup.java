package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At startup: the full recomputation of clusters and networks from the database, then — in demo mode
 * only — a generated set of ads (fixed seed, Frisian towns) through the same import path, once, marked as demo.
 */
@Component
class AdintelStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdintelStartup.class);

    private final AdImports imports;
    private final JdbcClient jdbc;
    private final AdintelProperties properties;
    private final boolean demo;

    AdintelStartup(AdImports imports, JdbcClient jdbc, AdintelProperties properties,
            @Value("${ienline.demo.enabled:false}") boolean demo) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        imports.ensureLoaded();
        if (!demo || properties.demoAds() <= 0
                || jdbc.sql("SELECT count(*) FROM adintel.import WHERE source_kind = 'DEMO'").query(Integer.class).single() > 0) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AdGenerator(GeneratorSettings.of(properties.demoAds(), properties.demoSeed())).write(out, new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportOutcome outcome = imports.importAsSystem(new ByteArrayInputStream(out.toByteArray()), ImportSource.DEMO, true);
        log.info("Demo ads imported: {}", outcome instanceof ImportOutcome.Completed done ? done.newSnapshots() : outcome);
    }
}
