package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.Reencryption;
import frl.ienline.platform.crypto.UndecryptableValue;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.CareContacts.ContactInput;
import frl.ienline.support.internal.CareContacts.Topic;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compartment on the key kit: nothing readable in the tables or the care log (R15, M16), ciphertexts bound to
 * their row (M2), rows of before the kit readable and rewritten, and a rotation of both keys (M3).
 */
@SpringBootTest
class SupportKeyKitTests {

    /** support.crypto.keys.k1 of the test configuration. */
    static final byte[] TEST_K1 = Base64.getDecoder().decode("c3VwcG9ydC1kYXRhLWtleS0xLWZvci10ZXN0cy1vbmw=");

    @Autowired
    CareContacts contacts;
    @Autowired
    SafetyReports reports;
    @Autowired
    Alerts alerts;
    @Autowired
    Members members;
    @Autowired
    CareJdbc db;
    @Autowired
    SupportCrypto.Keys keys;
    @Autowired
    Reencryption supportReencryption;
    @Autowired
    @Qualifier(CareCompartmentDatabase.DATA_SOURCE)
    DataSource care;
    @Autowired
    Clock clock;

    final TestActors.TestActor worker = TestActors.actor("FIER", Role.CARE_WORKER);

    @Test
    void aRawSelectShowsNoCanaryAndTheCareLogHoldsOnlyAKeyedReference() {
        String canary = "Kanarie" + UUID.randomUUID().toString().substring(0, 6);
        TestActors.runAs(worker, () -> {
            contacts.record(new ContactInput(canary, LocalDate.now(clock), Set.of(Topic.HEALTH), Set.of(), null,
                    "notitie " + canary));
            assertThat(contacts.list(canary.toUpperCase())).singleElement()
                    .satisfies(c -> assertThat(c.pseudonym()).isEqualTo(canary));
            UUID report = reports.submitOnBehalf(new ReportInput(Set.of(Category.THREAT), LocalDate.now(clock), "GM0080",
                    "beschrijving " + canary, "06 12 34 56 78", null, null, null, "kenmerken " + canary, false, false));
            reports.publish(report, "FRYSLAN", Severity.HIGH, "Dreigend gedrag.", EnumSet.of(Kind.PHONE));
        });
        for (String table : List.of("care_contact", "incident_report", "alert_identifier", "care_access_log", "member",
                "objection")) {
            assertThat(db.query("SELECT count(*) FROM support." + table + " t WHERE t::text ILIKE :canary")
                    .param("canary", "%" + canary + "%").query(Long.class).single())
                    .as("canary in plaintext in support.%s", table).isZero();
        }
        assertThat(db.query("SELECT subject FROM support.care_access_log WHERE object_type = 'care-contact' AND action = 'CREATE'"
                + " ORDER BY seq DESC LIMIT 1").query(String.class).single()).matches("c-[A-Za-z0-9_-]{16}");
    }

    /** Review §7 test 4: a note swapped into another contact's row does not decrypt. */
    @Test
    void aCiphertextSwappedToAnotherRowFailsToDecrypt() {
        String pseudonym = "Swap" + UUID.randomUUID().toString().substring(0, 6);
        AtomicReference<UUID> first = new AtomicReference<>();
        AtomicReference<UUID> second = new AtomicReference<>();
        TestActors.runAs(worker, () -> {
            first.set(contacts.record(new ContactInput(pseudonym, LocalDate.now(clock), Set.of(Topic.HEALTH), Set.of(), null, "een")));
            second.set(contacts.record(new ContactInput(pseudonym, LocalDate.now(clock), Set.of(Topic.EXIT), Set.of(), null, "twee")));
        });
        db.query("UPDATE support.care_contact SET note_enc = (SELECT note_enc FROM support.care_contact WHERE id = :a) WHERE id = :b")
                .param("a", first.get()).param("b", second.get()).update();
        TestActors.runAs(worker, () -> assertThatThrownBy(() -> contacts.list(pseudonym)).isInstanceOf(UndecryptableValue.class));
        db.query("DELETE FROM support.care_contact WHERE id = :b").param("b", second.get()).update();
    }

    @Test
    void rowsOfBeforeTheKitAreReadAndRewrittenAndBothKeysRotate() throws Exception {
        // a contact as it was stored before: plaintext pseudonym, no index, a note in SupportKeys' v1:<kid>:<b64>
        UUID old = UUID.randomUUID();
        String pseudonym = "Oud" + UUID.randomUUID().toString().substring(0, 6);
        db.query("""
                INSERT INTO support.care_contact (id, organisation_code, pseudonym_enc, contact_on, topics, referrals, note_enc,
                    recorded_by, recorded_at)
                VALUES (:id, 'FIER', :p, current_date, '{HEALTH}', '{}', :note, 'test', now())""")
                .param("id", old).param("p", pseudonym).param("note", "v1:k1:" + legacySupportCiphertext("oude notitie"))
                .update();
        Reencryption.Result first = supportReencryption.run();
        assertThat(first.failed()).isZero();
        assertThat(db.query("SELECT pseudonym_enc FROM support.care_contact WHERE id = :id").param("id", old)
                .query(String.class).single()).startsWith("v1.k1.");
        TestActors.runAs(worker, () -> assertThat(contacts.list(pseudonym)).singleElement().satisfies(c -> {
            assertThat(c.pseudonym()).isEqualTo(pseudonym);
            assertThat(c.note()).isEqualTo("oude notitie");
        }));

        // rotation: k2 and b2 become current; the job moves every value and index of the compartment
        KeyRing rotated = keys.cipher().keyRing().withCurrentKey("k2").withCurrentBlindIndexKey("b2");
        Reencryption job = new Reencryption(JdbcClient.create(care), new FieldCipher(rotated), new BlindIndex(rotated),
                SupportCrypto.ENCRYPTED, SupportCrypto.INDEXED);
        assertThat(job.run().failed()).isZero();
        for (var column : SupportCrypto.ENCRYPTED) {
            assertThat(db.query("SELECT count(*) FROM " + column.qualifiedTable() + " WHERE " + column.column()
                    + " NOT LIKE 'v1.k2.%'").query(Long.class).single()).as(column.toString()).isZero();
        }
        assertThat(db.query("SELECT count(*) FROM support.care_contact WHERE pseudonym_bi NOT LIKE 'b2.%'")
                .query(Long.class).single()).isZero();
        assertThat(db.query("SELECT count(*) FROM support.alert_identifier WHERE blind_index NOT LIKE 'b2.%'")
                .query(Long.class).single()).isZero();
        // the running services (current k1/b1, k2/b2 configured) still read and find everything
        TestActors.runAs(worker, () -> assertThat(contacts.list(pseudonym)).hasSize(1));
        assertThat(job.run()).isEqualTo(new Reencryption.Result(0, 0, 0));
        // put the compartment back under k1/b1 for the other tests in this context
        supportReencryption.run();
    }

    /** AES-256-GCM exactly as the deleted SupportKeys wrote it: associated data = the key id only. */
    static String legacySupportCiphertext(String plaintext) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(TEST_K1, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD("k1".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }
}
