package frl.ienline.signals.internal;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Actors and signals for the integration tests; every text carries the given canary. */
final class SignalFixtures {

    static final String ALL = "GM0059,GM0060,GM1891,GM1940,GM0072,GM0074,GM0080,GM1970,GM0085,GM0086,GM0088,GM0090,"
            + "GM1900,GM0093,GM0737,GM0096,GM1949,GM0098";

    static final TestActor INSPECTOR = TestActors.actor("TOEZICHT-FRL", Role.INSPECTOR, "GM0080", "GM0090");
    static final TestActor COORDINATOR = TestActors.actor("SDF-SIGNALEN", Role.TEAM_COORDINATOR, ALL.split(","));

    private SignalFixtures() {
    }

    static <T> T as(TestActor actor, Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }

    static NewSignal signal(String canary, String phone) {
        return new NewSignal(Source.STAFF, MunicipalityCode.of("GM0080"), LocationType.HOTEL, "Hotelweg 1 " + canary,
                LocalDate.of(2026, 11, 1), PartOfDay.EVENING, "Observation " + canary, null, null,
                List.of(new PersonConcerned("Pseudo " + canary, new Descriptors("18-21", "ro " + canary,
                        "red coat " + canary))),
                phone == null ? List.of() : List.of(phone),
                List.of(new Indicator(IndicatorCode.NO_ACCESS_TO_OWN_ID, "Note " + canary),
                        new Indicator(IndicatorCode.MOVES_BETWEEN_TOWNS, null)),
                List.of(new Link(LinkKind.AD, "ad-" + UUID.randomUUID()), new Link(LinkKind.NETWORK, "net-42")));
    }

    static UUID id(JdbcClient jdbc, SignalReference reference) {
        return jdbc.sql("SELECT id FROM signals.signal WHERE reference = :r").param("r", reference.value())
                .query(UUID.class).single();
    }

    /** Every value of every text-like column of every table in {@code schema}, as text. */
    static List<String> allText(JdbcClient jdbc, String schema) {
        List<String[]> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = :schema AND data_type IN ('text', 'character varying', 'bytea', 'ARRAY', 'jsonb', 'json')
                """).param("schema", schema)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<String> values = new java.util.ArrayList<>();
        for (String[] c : columns) {
            values.addAll(jdbc.sql("SELECT CAST(\"" + c[1] + "\" AS TEXT) FROM " + schema + ".\"" + c[0] + "\" WHERE \""
                    + c[1] + "\" IS NOT NULL").query(String.class).list());
        }
        return values;
    }

    static Set<String> tables(JdbcClient jdbc, String schema) {
        return Set.copyOf(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :s")
                .param("s", schema).query(String.class).list());
    }
}
