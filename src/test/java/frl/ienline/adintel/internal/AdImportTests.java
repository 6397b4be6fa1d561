package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.adintel.AdHolds;
import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The import path on the real embedded PostgreSQL: all or nothing, idempotent, immutable, and what it derives. */
@SpringBootTest
@org.springframework.test.context.event.RecordApplicationEvents
class AdImportTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    static final List<String> TABLES = List.of("import", "ad", "snapshot", "entity", "indicator", "cluster", "network",
            "group_merge", "mobility_move", "hold", "destruction");

    @Autowired
    AdImports imports;
    @Autowired
    AdSightings sightings;
    @Autowired
    AdHolds holds;
    @Autowired
    JdbcClient jdbc;

    public static String line(String id, String capturedAt, String body, String phone, String location) {
        return "{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id + "\",\"capturedAt\":\"" + capturedAt + "\",\"title\":\"Nieuw in "
                + location + "\",\"body\":\"" + body + "\",\"location\":\"" + location + "\",\"phones\":[\"" + phone
                + "\"],\"images\":[{\"sha256\":\"" + sha(id) + "\"}]}";
    }

    static String sha(String id) {
        return String.format("%064x", new java.math.BigInteger(1, id.getBytes(StandardCharsets.UTF_8)));
    }

    public static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    ImportOutcome.Completed importSystem(String text) {
        return (ImportOutcome.Completed) imports.importAsSystem(bytes(text), ImportSource.COMMAND, false);
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM adintel." + table).query(Integer.class).single());
        }
        return counts;
    }

    static byte[] generated(int ads, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(ads, seed)).write(out, new StringWriter());
        return out.toByteArray();
    }

    @Test
    void storesSnapshotsWithExtractionAndIsIdempotent() {
        String body = "Hoi schatjes, ik ben Anna, 24/7 beschikbaar. Bel 06-1234 5678 of mail anna [at] mail [dot] nl";
        String file = line("a-1", "2026-11-20T10:15:00Z", body, "06-12345678", "Drachten") + "\n"
                + line("a-2", "2026-11-20T11:00:00Z", "Iets heel anders, geen nummer.", "0612345678", "Snits") + "\n";
        ImportOutcome.Completed first = importSystem(file);
        assertThat(first.newSnapshots()).isEqualTo(2);
        assertThat(first.newAds()).isEqualTo(2);

        assertThat(events.stream(frl.ienline.adintel.AdsImported.class))
                .anySatisfy(e -> {
                    assertThat(e.importId()).isEqualTo(first.importId());
                    assertThat(e.newSnapshots()).isEqualTo(2);
                });

        ImportOutcome.Completed again = importSystem(file);
        assertThat(again.newSnapshots()).isZero();
        assertThat(again.repeatedSnapshots()).isEqualTo(2);
        assertThat(again.newAds()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.snapshot WHERE source_ad_id IN ('a-1', 'a-2')")
                .query(Integer.class).single()).isEqualTo(2);

        ImportOutcome.Completed changed = importSystem(line("a-1", "2026-11-22T10:15:00Z", body + " Nu ook in Sneek.",
                "06-12345678", "Drachten"));
        assertThat(changed.newSnapshots()).isEqualTo(1);
        assertThat(changed.newAds()).isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT ad_id) FROM adintel.snapshot WHERE source_ad_id = 'a-1'")
                .query(Integer.class).single()).isEqualTo(1);

        List<AdSighting> ofFirst = sightings.ofImport(first.importId());
        assertThat(ofFirst).hasSize(2);
        AdSighting drachten = ofFirst.getFirst();
        assertThat(drachten.municipality()).isEqualTo(MunicipalityCode.of("GM0090"));
        assertThat(drachten.licenceCheck()).isEqualTo(AdLicenceCheck.NO_LICENCE_NUMBER);
        assertThat(drachten.indicatorCodes()).isNotEmpty();
        String phoneIndex = sightings.indexOfPhone("+31612345678");
        assertThat(drachten.identifierIndexes()).contains(phoneIndex).noneMatch(i -> i.contains("612345678"));
        assertThat(drachten.newInTown()).isTrue();
        // both ads carry the same phone: one network, with a stable id that ofNetwork answers
        assertThat(drachten.networkId()).isNotNull().isEqualTo(ofFirst.get(1).networkId());
        assertThat(sightings.ofNetwork(drachten.networkId())).hasSize(2);
        assertThat(sightings.sharing(phoneIndex)).extracting(AdSighting::adId)
                .containsExactlyInAnyOrder(drachten.adId(), ofFirst.get(1).adId());
        assertThat(sightings.latest(drachten.adId())).get().extracting(AdSighting::capturedAt)
                .hasToString("2026-11-22T10:15:00Z");
        // the phone was found in the text too, with its span into full_text
        String fullText = jdbc.sql("SELECT full_text FROM adintel.snapshot WHERE id = ?")
                .param(UUID.fromString(drachten.snapshotId())).query(String.class).single();
        List<Map<String, Object>> spans = jdbc.sql("""
                SELECT span_start, span_end FROM adintel.entity WHERE snapshot_id = ? AND kind = 'PHONE'
                AND span_start IS NOT NULL""").param(UUID.fromString(drachten.snapshotId())).query().listOfRows();
        assertThat(spans).isNotEmpty();
        assertThat(fullText.substring((Integer) spans.getFirst().get("span_start"), (Integer) spans.getFirst().get("span_end")))
                .isEqualTo("06-1234 5678");
        assertThat(jdbc.sql("SELECT value FROM adintel.entity WHERE snapshot_id = ? AND kind = 'EMAIL'")
                .param(UUID.fromString(drachten.snapshotId())).query(String.class).list()).contains("anna@mail.nl");
    }

    @Test
    void everyKindOfBadInputStoresNothing() throws IOException {
        String good = line("bad-0", "2026-11-20T10:15:00Z", "Goede regel", "0612000000", "Leeuwarden");
        byte[] many = generated(6_000, 3); // more than one COPY chunk is written before the bad line is read
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("broken JSON", "{\"source\":\"kinky.nl\",");
        bad.put("missing field", "{\"source\":\"kinky.nl\",\"sourceAdId\":\"x\",\"body\":\"b\"}");
        bad.put("unknown field", good.replace("\"title\"", "\"colour\":\"red\",\"title\""));
        bad.put("bad date", good.replace("2026-11-20T10:15:00Z", "20-11-2026"));
        bad.put("huge line", "{\"source\":\"kinky.nl\",\"sourceAdId\":\"x\",\"capturedAt\":\"2026-11-20T10:15:00Z\",\"body\":\""
                + "x".repeat(1_100_000) + "\"}");
        Map<String, Integer> before = counts();
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            String file = good + "\n" + entry.getValue() + "\n" + good.replace("bad-0", "bad-9") + "\n";
            ImportOutcome outcome = imports.importAsSystem(bytes(file), ImportSource.COMMAND, false);
            assertThat(outcome).as(entry.getKey()).isInstanceOf(ImportOutcome.Rejected.class);
            assertThat(((ImportOutcome.Rejected) outcome).errors()).as(entry.getKey())
                    .allSatisfy(e -> assertThat(e.line()).isEqualTo(2));
            assertThat(counts()).as(entry.getKey()).isEqualTo(before);
        }
        // wrong encoding: a Latin-1 byte in the middle of a line
        byte[] latin1 = (good.replace("Goede regel", "Caf\u00e9") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportOutcome encoding = imports.importAsSystem(new ByteArrayInputStream(latin1), ImportSource.COMMAND, false);
        assertThat(encoding).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) encoding).errors().getFirst().message()).contains("UTF-8");
        assertThat(counts()).isEqualTo(before);
        // a bad last line after 6,000 good ones (two chunks already copied into the tables) rolls everything back
        byte[] tail = "{\"source\":\"kinky.nl\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[many.length + tail.length];
        System.arraycopy(many, 0, file, 0, many.length);
        System.arraycopy(tail, 0, file, many.length, tail.length);
        ImportOutcome late = imports.importAsSystem(new ByteArrayInputStream(file), ImportSource.COMMAND, false);
        assertThat(late).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) late).errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(6_001L));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void snapshotsAreImmutableForTheApplicationRole() {
        importSystem(line("imm-1", "2026-11-20T10:15:00Z", "Onveranderlijk bewijs", "0612999999", "Leeuwarden"));
        for (String sql : List.of("UPDATE adintel.snapshot SET body = 'x'", "DELETE FROM adintel.snapshot",
                "UPDATE adintel.entity SET value = 'x'", "UPDATE adintel.indicator SET code = 'x'",
                "DELETE FROM adintel.import")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void derivedRowsMustReferToAStoredSnapshotAndGoWithIt() {
        UUID nowhere = UUID.randomUUID();
        for (String sql : List.of("INSERT INTO adintel.entity (snapshot_id, position, kind, value) VALUES (?, 0, 'URL', 'x')",
                "INSERT INTO adintel.indicator (snapshot_id, position, code, weight, language) VALUES (?, 0, 'X', 1, 'nl')",
                "INSERT INTO adintel.mobility_move (subject_kind, subject, kind, to_municipality, at, snapshot_id, ad_id)"
                        + " VALUES ('NETWORK', 'n', 'NEW_IN_TOWN', 'GM0080', now(), ?, gen_random_uuid())")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(nowhere).update()).as(sql)
                    .hasStackTraceContaining("snapshot_id " + nowhere + " is not a stored snapshot");
        }
    }

    @Test
    void retentionWaitsForARunningImport() throws Exception {
        try (java.sql.Connection importing = dataSource.getConnection();
                java.sql.Connection retention = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            try (var lock = importing.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AdImports.ADVISORY_LOCK);
                lock.execute();
            }
            try (var statement = retention.createStatement()) {
                statement.execute("SET lock_timeout = '300ms'");
                assertThatThrownBy(() -> statement.execute("SELECT * FROM adintel.delete_ads('{}'::uuid[])"))
                        .hasMessageContaining("lock timeout");
            }
            importing.rollback();
            try (var statement = retention.createStatement()) {
                statement.execute("SELECT * FROM adintel.delete_ads('{}'::uuid[])");
            }
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void onlyAnalystsInspectorsAndCoordinatorsImport() {
        String file = line("role-1", "2026-11-20T10:15:00Z", "Rollen", "0612888888", "Leeuwarden");
        TestActors.runAs(TestActors.actor("GM0080", Role.INSPECTOR, "GM0080"), () -> assertThat(
                imports.importBy(bytes(file), ImportSource.API)).isInstanceOf(ImportOutcome.Completed.class));
        TestActors.runAs(TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080"), () -> assertThatThrownBy(
                () -> imports.importBy(bytes(file), ImportSource.API)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void holdsKeepAnAd() {
        ImportOutcome.Completed done = importSystem(line("hold-1", "2026-11-20T10:15:00Z", "Vastgehouden", "0612777777",
                "Leeuwarden"));
        String adId = sightings.ofImport(done.importId()).getFirst().adId();
        holds.hold(adId, "supervision-case:" + UUID.randomUUID());
        assertThat(holds.isHeld(adId)).isTrue();
    }
}
