package frl.ienline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.TestActors.TestActor;
import frl.ienline.TestActors;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.register.LicensingFact;
import frl.ienline.reporting.internal.DemoHistory;
import frl.ienline.reporting.internal.Fact;
import frl.ienline.reporting.internal.Journal;
import frl.ienline.reporting.internal.Region;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import frl.ienline.signals.internal.Indicator;
import frl.ienline.signals.internal.NewSignal;
import frl.ienline.signals.internal.Outcome;
import frl.ienline.signals.internal.SignalHandling;
import frl.ienline.signals.internal.SignalRetention;
import frl.ienline.signals.internal.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statistics store: the daily counts rebuilt from the journal equal what the facts built one by one (in
 * the application and by the command); a redelivered fact counts once; the modules' real events reach it;
 * and the counts stay when retention deletes the records they came from.
 */
class ReportingStoreTests extends ReportingTesting {

    @Autowired
    Journal journal;
    @Autowired
    Region region;
    @Autowired
    DataSource dataSource;
    @Autowired
    SignalHandling signals;
    @Autowired
    SignalRetention retention;
    @Autowired
    AdImports ads;

    static final TestActor INSPECTOR = TestActors.actor("TOEZICHT-FRL", Role.INSPECTOR, ALL);
    static final TestActor COORDINATOR = TestActors.actor("SDF-SIGNALEN", Role.TEAM_COORDINATOR, ALL);

    @Test
    void theRebuiltCountsEqualWhatTheFactsBuiltOneByOne() throws Exception {
        DemoHistory.History history = new DemoHistory(7, clock, region, 1)
                .generate(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 1));
        history.facts().forEach(fact -> intake.record(fact, false));
        List<String> incremental = counts();
        assertThat(incremental).hasSizeGreaterThan(100);

        Journal.Rebuilt rebuilt = journal.rebuild();
        assertThat(counts()).isEqualTo(incremental);
        assertThat(rebuilt.rowsAfter()).isEqualTo(incremental.size());

        long[] byCommand = ReportingCommand.rebuild(dataSource);
        assertThat(counts()).isEqualTo(incremental);
        assertThat(byCommand[2]).isEqualTo(incremental.size());
    }

    @Test
    void aRedeliveredFactCountsOnce() {
        var received = new LicensingFact.ApplicationReceived(UUID.randomUUID(), MunicipalityCode.of("GM0096"), "EB",
                "PAPER", LocalDate.of(2022, 9, 9));
        assertThat(intake.record(received, false)).isEqualTo(1);
        assertThat(intake.record(received, false)).isZero();

        assertThat(count("aanvragen_ontvangen", "GM0096", LocalDate.of(2022, 9, 9))).isEqualTo(1);
    }

    @Test
    void theStoreHoldsNoIdsOfTheRecordsItCounts() {
        UUID id = UUID.randomUUID();
        intake.record(new LicensingFact.ApplicationReceived(id, MunicipalityCode.of("GM0088"), "PB", "ONLINE",
                LocalDate.of(2022, 10, 1)), false);

        List<String> keys = jdbc.sql("SELECT event_key FROM reporting.fact").query(String.class).list();
        assertThat(keys).contains(Fact.key("ApplicationReceived", id)).noneMatch(k -> k.contains(id.toString()));
    }

    @Test
    void anAdImportReachesTheStoreThroughItsEvent() {
        String id = "rep-" + UUID.randomUUID();
        ads.importAsSystem(new ByteArrayInputStream(("{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id
                + "\",\"capturedAt\":\"" + Instant.now() + "\",\"title\":\"Nieuw in Harns\",\"body\":\"Nieuw in de stad,"
                + " 24/7\",\"location\":\"Harlingen\",\"phones\":[\"0612345098\"],\"images\":[]}")
                .getBytes(StandardCharsets.UTF_8)), ImportSource.COMMAND, false);

        await(() -> count("advertenties_nieuw", "GM0072", LocalDate.now(clock)) >= 1);
    }

    /** A signal not substantiated is deleted after its retention period; what reporting counted stays. */
    @Test
    void countsSurviveTheRetentionDeletesOfTheirRecords() {
        SignalReference reference = as(INSPECTOR, () -> signals.register(new NewSignal(Source.STAFF,
                MunicipalityCode.of("GM0093"), LocationType.HOTEL, null, LocalDate.now(clock), null,
                "Waarneming voor de retentietest", null, null, List.of(), List.of(),
                List.of(new Indicator(IndicatorCode.NO_ACCESS_TO_OWN_ID, null)), List.of())));
        UUID id = jdbc.sql("SELECT id FROM signals.signal WHERE reference = :r").param("r", reference.value())
                .query(UUID.class).single();
        TestActors.runAs(COORDINATOR, () -> {
            signals.startTriage(id);
            signals.close(id, Outcome.NOT_SUBSTANTIATED, null);
        });
        LocalDate today = LocalDate.now(clock);
        await(() -> count("signalen_afgesloten", "GM0093", today) >= 1 && count("signalen_geregistreerd", "GM0093", today) >= 1);
        long registered = count("signalen_geregistreerd", "GM0093", today);
        long groups = count("signalen_indicatorgroepen", "GM0093", today);
        long closed = count("signalen_afgesloten", "GM0093", today);

        clock.shift(Duration.ofDays(400));
        try {
            retention.run(false);
        } finally {
            clock.reset();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM signals.signal WHERE id = :id").param("id", id)
                .query(Integer.class).single()).as("the signal itself is gone").isZero();
        assertThat(count("signalen_geregistreerd", "GM0093", today)).isEqualTo(registered);
        assertThat(count("signalen_indicatorgroepen", "GM0093", today)).isEqualTo(groups);
        assertThat(count("signalen_afgesloten", "GM0093", today)).isEqualTo(closed);
        journal.rebuild();
        assertThat(count("signalen_afgesloten", "GM0093", today)).as("and after a rebuild").isEqualTo(closed);
    }

    private long count(String measure, String municipality, LocalDate day) {
        return jdbc.sql("""
                SELECT coalesce(sum(value), 0) FROM reporting.daily_count
                 WHERE measure = :m AND municipality = :g AND day = :d""")
                .param("m", measure).param("g", municipality).param("d", day).query(Long.class).single();
    }

    private List<String> counts() {
        return jdbc.sql("""
                SELECT day || ' ' || municipality || ' ' || measure || ' ' || dimension || ' ' || value
                  FROM reporting.daily_count ORDER BY day, municipality, measure, dimension""")
                .query(String.class).list();
    }

    private static <T> T as(TestActor actor, java.util.function.Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }
}
