package frl.ienline.signals.internal;

import static frl.ienline.signals.internal.SignalFixtures.COORDINATOR;
import static frl.ienline.signals.internal.SignalFixtures.INSPECTOR;
import static frl.ienline.signals.internal.SignalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.SignalReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.Base64;
import java.util.Map;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.Reencryption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Encryption at rest (R15), key rotation, retention with a shifted clock (R16), share records and the
 * append-only tables, on the real embedded PostgreSQL as the application role.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignalsStorageTests {

    /** signals.crypto.keys.k2 and blind-index-keys.b1 of the test configuration. */
    static final byte[] TEST_K2 = Base64.getDecoder().decode("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");
    static final byte[] TEST_B1 = Base64.getDecoder().decode("c2lnbmFscy1ibGluZC1pbmRleC0xLWZvci10ZXN0cy1vbmx5");

    @Autowired
    SignalHandling handling;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignalsCrypto.SignalsKeys keys;
    @Autowired
    Reencryption signalsReencryption;
    @Autowired
    SignalRules rules;
    @Autowired
    Clock clock;

    @Test
    void rawSelectShowsNoCanaryInAnyColumnOfTheSchema() {
        String canary = "CANARY-" + UUID.randomUUID();
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal(canary, "+31612345001")));
        UUID id = SignalFixtures.id(jdbc, ref);
        SignalReference other = as(INSPECTOR, () -> handling.register(SignalFixtures.signal("other", "+31612345001")));
        TestActors.runAs(COORDINATOR, () -> {
            handling.startTriage(id);
            handling.addInformation(id, "Addition " + canary);
            handling.merge(id, SignalFixtures.id(jdbc, other), "Merge reason " + canary);
            handling.refer(id, new Referral(RecipientKind.COMENSHA, null, EnumSet.allOf(SharedField.class),
                    "VITAL_INTEREST", Consent.NOT_NEEDED, "Reason " + canary));
            handling.close(id, Outcome.SUBSTANTIATED, "Closing note " + canary);
        });
        List<String> everything = SignalFixtures.allText(jdbc, "signals");
        assertThat(everything).isNotEmpty().noneMatch(v -> v.contains(canary)).noneMatch(v -> v.contains("612345001"));
        assertThat(jdbc.sql("SELECT serialized_event FROM event_publication").query(String.class).list())
                .noneMatch(v -> v.contains(canary));
        // and the application reads it all back
        SignalView view = as(COORDINATOR, () -> handling.view(id));
        assertThat(view.signal().observation()).contains(canary);
        assertThat(view.signal().persons().getFirst().descriptors().description()).contains(canary);
        assertThat(view.signal().phones()).containsExactly("+31612345001");
        assertThat(view.shares().getFirst().consentReason()).contains(canary);
        assertThat(view.history()).anyMatch(h -> h.detail() != null && h.detail().contains("Closing note " + canary));
    }

    @Test
    void keyRotationOldRowsStillDecryptAndTheJobMovesThemToTheNewKey() {
        String canary = "ROTATE-" + UUID.randomUUID();
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal(canary, "+31612345002")));
        UUID id = SignalFixtures.id(jdbc, ref);
        assertThat(jdbc.sql("SELECT observation_enc FROM signals.signal WHERE id = :id").param("id", id)
                .query(String.class).single()).startsWith("v1.k1.");

        KeyRing k2 = keys.cipher().keyRing().withCurrentKey("k2").withCurrentBlindIndexKey("b1");
        SignalsCrypto.SignalsKeys rotated = SignalsCrypto.SignalsKeys.of(k2);
        Signals withK2 = new Signals(jdbc, rotated, clock, event -> { });
        assertThat(withK2.load(id).orElseThrow().observation()).isEqualTo("Observation " + canary);

        Reencryption job = new Reencryption(jdbc, rotated.cipher(), rotated.index().kit(), Signals.ENCRYPTED,
                SignalsCrypto.INDEXED);
        Reencryption.Result result = job.run();
        assertThat(result.moved()).isPositive();
        assertThat(result.reindexed()).isPositive();
        assertThat(result.failed()).isZero();
        assertThat(jdbc.sql("""
                SELECT observation_enc FROM signals.signal WHERE id = :id
                UNION ALL SELECT pseudonym_enc FROM signals.person WHERE signal_id = :id
                UNION ALL SELECT descriptors_enc FROM signals.person WHERE signal_id = :id
                UNION ALL SELECT number_enc FROM signals.phone WHERE signal_id = :id
                UNION ALL SELECT note_enc FROM signals.indicator WHERE signal_id = :id AND note_enc IS NOT NULL""")
                .param("id", id).query(String.class).list()).allMatch(v -> v.startsWith("v1.k2."));
        assertThat(jdbc.sql("SELECT number_bi FROM signals.phone WHERE signal_id = :id").param("id", id)
                .query(String.class).list()).allMatch(v -> v.startsWith("b1."));
        assertThat(job.run()).isEqualTo(new Reencryption.Result(0, 0, 0));

        KeyRing onlyK2 = KeyRing.of("signals", "k2", Map.of("k2", TEST_K2), "b1", Map.of("b1", TEST_B1), null);
        Signal afterRemovingK1 = new Signals(jdbc, SignalsCrypto.SignalsKeys.of(onlyK2), clock, event -> { }).load(id)
                .orElseThrow();
        assertThat(afterRemovingK1.observation()).isEqualTo("Observation " + canary);
        assertThat(afterRemovingK1.persons().getFirst().pseudonym()).isEqualTo("Pseudo " + canary);
        // the running application (k1/b0 current, k2/b1 known) still reads and finds the moved rows
        assertThat(as(COORDINATOR, () -> handling.searchByPhone("+31612345002"))).isNotEmpty();
        // the running application (k1 current, k2 known) still reads the moved rows
        assertThat(as(INSPECTOR, () -> handling.view(id)).signal().location()).contains(canary);
    }

    @Test
    void retentionDeletesNotSubstantiatedSoonerKeepsCountsAndLeavesNoCanary() {
        String notSubstantiated = "RETAIN-NS-" + UUID.randomUUID();
        String substantiated = "RETAIN-S-" + UUID.randomUUID();
        // a duplicate merged into the not-substantiated signal goes with it; an unrelated open signal stays
        UUID dup = SignalFixtures.id(jdbc, as(INSPECTOR,
                () -> handling.register(SignalFixtures.signal(notSubstantiated + "-dup", null))));
        UUID open = SignalFixtures.id(jdbc, as(INSPECTOR, () -> handling.register(SignalFixtures.signal("open", null))));
        UUID ns = registerAndClose(notSubstantiated, Outcome.NOT_SUBSTANTIATED, dup);
        UUID s = registerAndClose(substantiated, Outcome.SUBSTANTIATED, null);
        int countsBefore = counts();

        Period shortTerm = rules.retention(Outcome.NOT_SUBSTANTIATED);
        Period longTerm = rules.retention(Outcome.SUBSTANTIATED);
        assertThat(shortTerm.toTotalMonths()).isLessThan(longTerm.toTotalMonths());
        Clock later = Clock.offset(clock, Duration.ofDays(shortTerm.toTotalMonths() * 31 + 2));

        int recordsBefore = jdbc.sql("SELECT count(*) FROM signals.destruction_record").query(Integer.class).single();
        List<SignalRetention.Destroyed> dry = new SignalRetention(jdbc, rules, later, true).run(true);
        assertThat(dry).anyMatch(d -> d.category().equals("NOT_SUBSTANTIATED") && d.signals() >= 1);
        assertThat(exists(ns)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM signals.destruction_record").query(Integer.class).single())
                .isEqualTo(recordsBefore);

        List<SignalRetention.Destroyed> run = new SignalRetention(jdbc, rules, later, false).run(false);
        assertThat(run).anyMatch(d -> d.category().equals("NOT_SUBSTANTIATED") && d.signals() >= 1 && d.persons() >= 1);
        assertThat(exists(ns)).isFalse();
        assertThat(exists(s)).isTrue();
        assertThat(exists(dup)).isFalse();
        assertThat(exists(open)).isTrue();
        for (String table : SignalFixtures.tables(jdbc, "signals")) {
            assertThat(jdbc.sql("SELECT count(*) FROM signals." + table + " t WHERE CAST(t.* AS TEXT) LIKE :ns"
                    + " OR CAST(t.* AS TEXT) LIKE :dup").param("ns", "%" + ns + "%").param("dup", "%" + dup + "%")
                    .query(Integer.class).single()).as(table).isZero();
        }
        List<String> all = SignalFixtures.allText(jdbc, "signals");
        assertThat(all).noneMatch(v -> v.contains(notSubstantiated + " ") || v.equals(notSubstantiated));
        assertThat(jdbc.sql("SELECT serialized_event FROM event_publication").query(String.class).list())
                .noneMatch(v -> v.contains(notSubstantiated));
        assertThat(jdbc.sql("SELECT CAST(d.* AS TEXT) FROM signals.destruction_record d").query(String.class).list())
                .isNotEmpty().noneMatch(v -> v.contains("SIG-") || v.contains(ns.toString()));
        assertThat(counts()).isEqualTo(countsBefore);

        Clock muchLater = Clock.offset(clock, Duration.ofDays(longTerm.toTotalMonths() * 31 + 2));
        new SignalRetention(jdbc, rules, muchLater, false).run(false);
        assertThat(exists(s)).isFalse();
        assertThat(counts()).isEqualTo(countsBefore);
    }

    @Test
    void everyShareRecordsWhatToWhomWhenByWhomAndOnWhichBasis() {
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal("share", null)));
        UUID id = SignalFixtures.id(jdbc, ref);
        TestActors.runAs(COORDINATOR, () -> handling.startTriage(id));
        assertThatThrownBy(() -> TestActors.runAs(COORDINATOR, () -> handling.refer(id,
                new Referral(RecipientKind.RIEC, null, EnumSet.of(SharedField.PHONES), "NOT-A-BASIS", null, null))))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> new Referral(RecipientKind.COMENSHA, null, EnumSet.of(SharedField.PERSONS), "CONSENT",
                null, null)).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> TestActors.runAs(COORDINATOR, () -> handling.refer(id, new Referral(RecipientKind.RIEC,
                null, EnumSet.of(SharedField.PHONES), "CONSENT", Consent.NOT_NEEDED, "no"))))
                .isInstanceOf(InputRejected.class).hasMessageContaining("consent");
        assertThatThrownBy(() -> new Referral(RecipientKind.COMENSHA, null, EnumSet.of(SharedField.PERSONS), "CONSENT",
                Consent.NOT_NEEDED, " ")).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> new Referral(RecipientKind.RIEC, null, EnumSet.noneOf(SharedField.class), "WGS",
                null, null)).isInstanceOf(InputRejected.class);

        UUID share = as(COORDINATOR, () -> handling.refer(id, new Referral(RecipientKind.COMENSHA, null,
                EnumSet.of(SharedField.PERSONS, SharedField.INDICATORS), "CONSENT", Consent.GIVEN, null)));
        UUID toMunicipality = as(COORDINATOR, () -> handling.refer(id, new Referral(RecipientKind.MUNICIPALITY,
                MunicipalityCode.of("GM0090"), EnumSet.of(SharedField.MUNICIPALITY), "MUNICIPAL_TASK", null, null)));

        var row = jdbc.sql("SELECT * FROM signals.share WHERE id = :id").param("id", share).query().singleRow();
        for (String column : List.of("shared_at", "shared_by", "shared_by_name", "shared_by_org", "recipient_kind",
                "recipient_org", "fields", "legal_basis_code", "legal_basis_label", "consent")) {
            assertThat(row.get(column)).as(column).isNotNull();
        }
        assertThat(row.get("shared_by_name")).isEqualTo(COORDINATOR.username());
        assertThat(row.get("shared_by_org")).isEqualTo("SDF-SIGNALEN");
        assertThat(row.get("recipient_org")).isEqualTo("COMENSHA");
        assertThat(row.get("legal_basis_code")).isEqualTo("CONSENT");
        assertThat(row.get("consent")).isEqualTo("GIVEN");
        assertThat(jdbc.sql("SELECT CAST(fields AS TEXT) FROM signals.share WHERE id = :id").param("id", share)
                .query(String.class).single()).isEqualTo("{PERSONS,INDICATORS}");
        assertThat(jdbc.sql("SELECT recipient_org FROM signals.share WHERE id = :id").param("id", toMunicipality)
                .query(String.class).single()).isEqualTo("GM0090");

        SignalView view = as(COORDINATOR, () -> handling.view(id));
        assertThat(view.signal().state()).isEqualTo(SignalState.REFERRED);
        assertThat(view.shares()).hasSize(2);
        assertThat(view.history()).extracting(HistoryEntry::event).contains("REGISTERED", "TRIAGE_STARTED",
                "REFERRED", "SHARED");
        assertThat(as(COORDINATOR, () -> handling.shareRegister())).extracting(ShareRecord::id)
                .contains(share, toMunicipality);
        assertThat(as(TestActors.actor("GEMEENTE-X", frl.ienline.shared.Role.PRIVACY_OFFICER), () -> handling.shareRegister()))
                .extracting(ShareRecord::id).contains(share);
    }

    @Test
    void historyAndSharesAreAppendOnlyForTheApplicationRole() {
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal("append", null)));
        UUID id = SignalFixtures.id(jdbc, ref);
        TestActors.runAs(COORDINATOR, () -> {
            handling.startTriage(id);
            handling.refer(id, new Referral(RecipientKind.RIEC, null, EnumSet.of(SharedField.PHONES), "WGS", null, null));
        });
        for (String sql : List.of("UPDATE signals.history SET event = 'X' WHERE signal_id = :id",
                "DELETE FROM signals.history WHERE signal_id = :id",
                "UPDATE signals.share SET recipient_org = 'X' WHERE signal_id = :id",
                "DELETE FROM signals.share WHERE signal_id = :id",
                "DELETE FROM signals.destruction_record WHERE TRUE AND :id IS NOT NULL")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", id).update()).as(sql)
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void supervisionHandsAControlOverWithIdsAndIndicatorCodesOnly() {
        SignalReference ref = as(INSPECTOR, () -> handling.registerFromControl(new frl.ienline.signals.ControlHandOff(
                "CTRL-77", MunicipalityCode.of("GM0090"), frl.ienline.signals.LocationType.PRIVATE_HOME,
                java.time.LocalDate.of(2026, 11, 20), java.util.Set.of(frl.ienline.signals.IndicatorCode.POSSIBLY_MINOR,
                        frl.ienline.signals.IndicatorCode.SLEEPS_AT_WORKPLACE),
                List.of("ad-1"), List.of("net-9"), List.of("case-3"), List.of("lic-5"))));
        Signal signal = as(COORDINATOR, () -> handling.view(SignalFixtures.id(jdbc, ref))).signal();
        assertThat(signal.source()).isEqualTo(Source.CONTROL);
        assertThat(signal.controlId()).isEqualTo("CTRL-77");
        assertThat(signal.observation()).isNull();
        assertThat(signal.registeredByOrg()).isEqualTo(INSPECTOR.organisationCode());
        assertThat(signal.indicators()).extracting(Indicator::code).containsExactlyInAnyOrder(
                frl.ienline.signals.IndicatorCode.POSSIBLY_MINOR, frl.ienline.signals.IndicatorCode.SLEEPS_AT_WORKPLACE);
        assertThat(signal.links()).extracting(Link::kind).containsExactlyInAnyOrder(LinkKind.AD, LinkKind.NETWORK,
                LinkKind.CASE, LinkKind.LICENSED_BUSINESS, LinkKind.CONTROL);
        assertThatThrownBy(() -> TestActors.runAs(TestActors.actor("FIER", frl.ienline.shared.Role.CARE_WORKER, "GM0090"),
                () -> handling.registerFromControl(new frl.ienline.signals.ControlHandOff("CTRL-78",
                        MunicipalityCode.of("GM0090"), frl.ienline.signals.LocationType.HOTEL, null, null, null, null,
                        null, null)))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private UUID registerAndClose(String canary, Outcome outcome, UUID mergeIn) {
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal(canary, "+3161234" + (outcome.ordinal() + 5000))));
        UUID id = SignalFixtures.id(jdbc, ref);
        TestActors.runAs(COORDINATOR, () -> {
            handling.startTriage(id);
            if (mergeIn != null) {
                handling.merge(id, mergeIn, "same person " + canary);
            }
            handling.refer(id, new Referral(RecipientKind.POLICE_AVIM, null, EnumSet.allOf(SharedField.class),
                    "POLICE_ACT", null, null));
            handling.close(id, outcome, "closed " + canary);
        });
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM signals.signal WHERE id = :id").param("id", id).query(Integer.class)
                .single() == 1;
    }

    private int counts() {
        return jdbc.sql("SELECT coalesce(sum(count), 0) FROM signals.signal_count").query(Integer.class).single();
    }
}
