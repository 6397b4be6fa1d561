package frl.ienline.signals.internal;

import frl.ienline.shared.AccessScope;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Made-up signals for demo mode only, each marked "[DEMO]": one new from a control, one referred to the
 * police, one anonymous report and one about the same phone as the first (a duplicate to find). Written
 * once, into an empty signals schema, on behalf of the demo accounts of the identity module.
 */
@Component
class DemoSignals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSignals.class);

    private final Signals signals;
    private final JdbcClient jdbc;
    private final SignalsIndex index;
    private final Clock clock;
    private final boolean enabled;

    DemoSignals(Signals signals, JdbcClient jdbc, SignalsCrypto.SignalsKeys keys, Clock clock,
            @Value("${ienline.demo.enabled:false}") boolean enabled) {
        this.signals = signals;
        this.jdbc = jdbc;
        this.index = keys.index();
        this.clock = clock;
        this.enabled = enabled;
    }

    record DemoActor(UUID id, String username, String displayName, String organisationCode, Set<Role> roles,
            AccessScope scope, boolean demo) implements Actor {
    }

    static final Actor INSPECTOR = new DemoActor(UUID.nameUUIDFromBytes("demo.toezicht".getBytes()), "demo.toezicht",
            "Tjitte Toezicht", "GM0080", Set.of(Role.INSPECTOR),
            AccessScope.of(List.of(MunicipalityCode.of("GM0080")), Compartment.ENFORCEMENT), true);
    static final Actor COORDINATOR = new DemoActor(UUID.nameUUIDFromBytes("demo.coordinator".getBytes()),
            "demo.coordinator", "Klaske Coördinator", "GM0080", Set.of(Role.TEAM_COORDINATOR),
            AccessScope.of(List.of(MunicipalityCode.of("GM0080")), Compartment.ENFORCEMENT), true);

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT count(*) FROM signals.signal").query(Integer.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UUID first = insert(new NewSignal(Source.CONTROL, MunicipalityCode.of("GM0080"), LocationType.HOTEL,
                "[DEMO] Stationsweg 1, Leeuwarden (verzonnen)", today.minusDays(3), PartOfDay.EVENING,
                "[DEMO] Bij de controle werd de vrouw door een man gebracht die haar paspoort bij zich hield."
                        + " Zij sprak geen Nederlands of Engels. Alles in dit signaal is verzonnen.",
                null, "DEMO-CTRL-0001",
                List.of(new PersonConcerned("[DEMO] Bianca", new Descriptors("18-21", "Roemeens", "verzonnen persoon"))),
                List.of("+31612345678"),
                List.of(new Indicator(IndicatorCode.NO_ACCESS_TO_OWN_ID, "[DEMO] paspoort bij begeleider"),
                        new Indicator(IndicatorCode.BROUGHT_OR_PICKED_UP, null),
                        new Indicator(IndicatorCode.DOES_NOT_SPEAK_AD_LANGUAGE, null)),
                List.of(new Link(LinkKind.AD, "DEMO-AD-1001"), new Link(LinkKind.NETWORK, "DEMO-NET-7"))),
                INSPECTOR, now.minus(Duration.ofDays(3)));
        UUID referred = insert(new NewSignal(Source.STAFF, MunicipalityCode.of("GM0090"), LocationType.PRIVATE_HOME,
                "[DEMO] Drachten (verzonnen)", today.minusDays(20), PartOfDay.NIGHT,
                "[DEMO] Buren zagen elke week andere jonge vrouwen; de advertenties noemen 24/7. Verzonnen.",
                null, null, List.of(new PersonConcerned("[DEMO] Lola", new Descriptors("onder 21?", null, null))),
                List.of("+31687654321"),
                List.of(new Indicator(IndicatorCode.MOVES_BETWEEN_TOWNS, null), new Indicator(IndicatorCode.ALWAYS_AVAILABLE, null),
                        new Indicator(IndicatorCode.VERY_YOUNG, "[DEMO] lijkt erg jong")),
                List.of()), COORDINATOR, now.minus(Duration.ofDays(20)));
        signals.changeStatus(referred, Status.registered(), Status.registered().startTriage(), null);
        signals.changeStatus(referred, Status.registered().startTriage(), Status.registered().startTriage().refer(), null);
        signals.recordHistory(referred, now.minus(Duration.ofDays(19)), COORDINATOR, "TRIAGE_STARTED", SignalState.NEW,
                SignalState.IN_TRIAGE, null);
        signals.insertShare(new ShareRecord(UUID.randomUUID(), referred, null, now.minus(Duration.ofDays(18)),
                COORDINATOR.username(), COORDINATOR.organisationCode(), RecipientKind.POLICE_AVIM, "POLITIE-NN",
                List.of(SharedField.MUNICIPALITY, SharedField.PERSONS, SharedField.INDICATORS), "POLICE_ACT",
                "[DEMO] Politiewet / Wet politiegegevens", null, null), COORDINATOR.id());
        signals.recordHistory(referred, now.minus(Duration.ofDays(18)), COORDINATOR, "REFERRED", SignalState.IN_TRIAGE,
                SignalState.REFERRED, null);
        insert(new NewSignal(Source.PUBLIC, null, LocationType.OTHER, null, today.minusDays(1), PartOfDay.AFTERNOON,
                "[DEMO] Anonieme melding: een man bracht drie vrouwen naar een hotel en wachtte buiten. Verzonnen.",
                null, null, List.of(), List.of("+31612345678"), List.of(), List.of()), null, now.minus(Duration.ofDays(1)));
        log.info("Demo mode: wrote made-up signals (marked [DEMO])");
    }

    private UUID insert(NewSignal signal, Actor registrant, Instant at) {
        UUID id = UUID.randomUUID();
        SignalReference reference = References.newReference();
        signals.insert(id, reference, signal, at, registrant,
                registrant == null ? index.secret(References.normaliseSecret(References.newSecret())) : null);
        signals.recordHistory(id, at, registrant, "REGISTERED", null, SignalState.NEW, null);
        return id;
    }
}
