package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rotating the blind index key of client phone numbers: a check finds a report under the old key, under
 * old and new keys during the rotation, and after re-indexing; only then can the old key go. Uses its own
 * key file, which starts in the format from before rotation (one {@code blind-index} key).
 */
@SpringBootTest
class BlindIndexRotationTests {

    static final Path KEY_DIRECTORY;
    static final Path KEY_FILE;

    static {
        try {
            KEY_DIRECTORY = Files.createTempDirectory("support-keys-rotation");
            KEY_FILE = KEY_DIRECTORY.resolve("support.keys");
            Properties legacy = new Properties();
            legacy.setProperty("current", "k1");
            legacy.setProperty("encryption.k1", key(1));
            legacy.setProperty("blind-index", key(2));
            store(legacy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("ienline.support.keys.directory", KEY_DIRECTORY::toString);
    }

    @Autowired
    SupportKeys keys;
    @Autowired
    BlindIndexRotation rotation;
    @Autowired
    Alerts alerts;
    @Autowired
    SafetyReports reports;
    @Autowired
    Members members;
    @Autowired
    CareJdbc db;
    @Autowired
    Clock clock;

    final TestActors.TestActor careWorker = TestActors.actor("FIER", Role.CARE_WORKER, "GM0080");

    @Test
    void aCheckFindsAReportBeforeDuringAndAfterRotationAndTheOldKeyCanThenBeRemoved() {
        UUID member = members.signUp("Rota" + UUID.randomUUID().toString().substring(0, 4), "een-lang-wachtwoord", null, false, "nl");
        TestActors.runAs(careWorker, () -> members.verify(member));
        String memberReference = keys.reference("member-reference", member.toString());
        assertThat(keys.currentBlindIndexKeyId()).as("the key of a file from before rotation is b1").isEqualTo("b1");

        // a report published under the first key, and one alert from before V102 (no encrypted copy) whose
        // report still exists, and one whose report is gone: the job can recover the first, not the second
        publishedReport("06 11 22 33 44");
        UUID legacyWithReport = publishedReport("06 55 66 77 88");
        db.query("UPDATE support.alert_identifier SET value_enc = NULL WHERE alert_id = :id").param("id", legacyWithReport).update();
        UUID orphan = alertWithoutReport("06 99 88 77 66");
        db.query("UPDATE support.alert_identifier SET value_enc = NULL WHERE alert_id = :id").param("id", orphan).update();
        assertThat(alerts.check(member, "+31 6 11223344").warnings()).isEqualTo(1);

        // rotation: b2 becomes current; new rows use it, the check finds rows under both keys
        Properties file = load();
        file.setProperty("blind-index.b2", key(3));
        file.setProperty("blind-index.current", "b2");
        store(file);
        keys.reloadBlindIndexKeys();
        assertThat(keys.currentBlindIndexKeyId()).isEqualTo("b2");
        publishedReport("06 12 12 12 12");
        assertThat(rotation.rowsByKey()).isEqualTo(Map.of("b1", 3, "b2", 1));
        assertThat(alerts.check(member, "0611223344").warnings()).as("old row, old key").isEqualTo(1);
        assertThat(alerts.check(member, "0612121212").warnings()).as("new row, new key").isEqualTo(1);
        assertThat(rotation.removableKeys()).as("b1 still indexes rows").isEmpty();

        // removing b1 now would lose the old rows: proven with a file without b1, then put back
        Properties withoutOld = load();
        withoutOld.remove("blind-index");
        withoutOld.remove("blind-index.b1");
        store(withoutOld);
        keys.reloadBlindIndexKeys();
        assertThat(alerts.check(member, "0611223344").warnings()).as("too early to remove b1").isZero();
        store(file);
        keys.reloadBlindIndexKeys();

        // re-indexing moves every row it can read to b2
        BlindIndexRotation.Result result = rotation.reindex();
        assertThat(result.currentKey()).isEqualTo("b2");
        assertThat(result.moved()).isEqualTo(2);
        assertThat(result.stranded()).as("the orphan has no value left to re-index").isEqualTo(1);
        assertThat(rotation.rowsByKey()).isEqualTo(Map.of("b1", 1, "b2", 3));
        assertThat(alerts.check(member, "0611223344").warnings()).isEqualTo(1);
        assertThat(alerts.check(member, "0655667788").warnings()).as("recovered from its report").isEqualTo(1);
        assertThat(db.query("SELECT count(*) FROM support.alert_identifier WHERE value_enc IS NULL AND blind_key_id = 'b2'")
                .query(Long.class).single()).as("a recovered row now keeps its encrypted copy").isZero();

        // the stranded alert goes when it expires (here: deleted); then b1 is unused and can be removed
        db.query("DELETE FROM support.alert WHERE id = :id").param("id", orphan).update();
        assertThat(rotation.removableKeys()).containsExactly("b1");
        store(withoutOld);
        keys.reloadBlindIndexKeys();
        assertThat(keys.blindIndexKeyIds()).containsExactly("b2");
        assertThat(alerts.check(member, "0611223344").warnings()).as("found without the old key").isEqualTo(1);
        assertThat(alerts.check(member, "0655667788").warnings()).isEqualTo(1);
        assertThat(alerts.check(member, "0612121212").warnings()).isEqualTo(1);
        assertThat(alerts.check(member, "0699887766").warnings()).isZero();
        assertThat(rotation.reindex().moved()).isZero();
        assertThat(keys.reference("member-reference", member.toString())).as("care-log references never rotate")
                .isEqualTo(memberReference);
    }

    private UUID publishedReport(String phone) {
        AtomicReference<UUID> alert = new AtomicReference<>();
        TestActors.runAs(careWorker, () -> {
            UUID report = reports.submitOnBehalf(new ReportInput(Set.of(Category.THREAT), LocalDate.now(clock), "GM0080",
                    "Dreigde met geweld.", phone, null, null, null, null, false, false));
            alert.set(reports.publish(report, "FRYSLAN", Severity.HIGH, "Dreigend gedrag.", EnumSet.of(Kind.PHONE)));
        });
        return alert.get();
    }

    private UUID alertWithoutReport(String phone) {
        Instant now = clock.instant();
        return alerts.create(null, "FRYSLAN", Severity.MEDIUM, List.of(Category.OTHER), "Zonder melding", LocalDate.now(clock),
                "FIER", now, now.plus(Duration.ofDays(30)), List.of(new ClientIdentifier(Kind.PHONE, phone)), false);
    }

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(KEY_FILE)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void store(Properties properties) {
        try (OutputStream out = Files.newOutputStream(KEY_FILE)) {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
