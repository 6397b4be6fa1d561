package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.audit.internal.AccessLogEntry;
import frl.ienline.audit.internal.CanonicalForm;
import frl.ienline.audit.internal.ChainHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The canonical forms and the chain MACs exactly as docs/adr/0005-access-log-hash-chain.md (form 1) and
 * docs/adr/0014-logs-an-insider-cannot-rewrite.md (form 2) define them.
 */
class ChainHashTest {

    static final UUID ID = UUID.fromString("0b6f3d4e-2c1a-4f5e-9d8c-7b6a5e4d3c2b");
    static final UUID ACTOR = UUID.fromString("5a1e0c2d-3b4f-4a6e-8d7c-9f0e1d2c3b4a");

    static AccessLogEntry example() {
        return new AccessLogEntry(1, ID, 1, Instant.parse("2025-03-01T09:15:00.123456Z"), ACTOR, "j.de.vries",
                "INSPECTOR", "GM0080", "VIEW", "licence-application", "42", null, "licence-assessment", "ALLOWED",
                null, null, ChainHash.GENESIS, null);
    }

    @Test
    void canonicalFormIsVersionedLengthPrefixedAndInFixedOrder() {
        assertThat(CanonicalForm.of(example())).isEqualTo("""
                ienline-access-log/v1
                seq=1:1
                id=36:0b6f3d4e-2c1a-4f5e-9d8c-7b6a5e4d3c2b
                occurred_at=27:2025-03-01T09:15:00.123456Z
                actor_id=36:5a1e0c2d-3b4f-4a6e-8d7c-9f0e1d2c3b4a
                actor_name=10:j.de.vries
                actor_roles=9:INSPECTOR
                actor_organisation=6:GM0080
                action=4:VIEW
                object_type=19:licence-application
                object_id=2:42
                subject_pseudonym=null
                purpose=18:licence-assessment
                result=7:ALLOWED
                """);
    }

    @Test
    void hashIsSha256OfThePreviousHashBytesAndTheCanonicalForm() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        sha256.update(CanonicalForm.of(example()).getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(sha256.digest());

        assertThat(ChainHash.unkeyed(ChainHash.GENESIS, example())).isEqualTo(expected)
                // pinned: the worked example in the ADR (also computed there with Python's hashlib);
                // a change here breaks every stored chain
                .isEqualTo("19f730aa9d917abe551941f75aa217cd9e848e0bbbc7972e261dba65d2f7d7cf");
        assertThat(ChainHash.GENESIS).isEqualTo("0".repeat(64));
    }

    @Test
    void theHashDependsOnThePreviousHash() {
        assertThat(ChainHash.unkeyed("1".repeat(64), example())).isNotEqualTo(ChainHash.unkeyed(ChainHash.GENESIS, example()));
    }

    @Test
    void lengthsCountUtf8Bytes() {
        AccessLogEntry frisian = new AccessLogEntry(1, ID, 1, Instant.parse("2025-03-01T09:15:00Z"), null, "Súdwest",
                "", "GM1900", "VIEW", "x", null, null, "p", "ALLOWED", null, null, ChainHash.GENESIS, null);
        assertThat(CanonicalForm.of(frisian)).contains("actor_name=8:Súdwest\n").contains("actor_roles=0:\n")
                .contains("actor_id=null\n").contains("occurred_at=27:2025-03-01T09:15:00.000000Z\n");
    }

    @Test
    void nullAndEmptyAndShiftedFieldBoundariesGiveDifferentHashes() {
        AccessLogEntry nullSubject = example();
        AccessLogEntry emptySubject = with(example(), "", "42");
        // a value that tries to imitate the next field cannot collide with the real fields
        AccessLogEntry forgedBoundary = with(example(), null, "42\nsubject_pseudonym=null");
        assertThat(ChainHash.unkeyed(ChainHash.GENESIS, nullSubject))
                .isNotEqualTo(ChainHash.unkeyed(ChainHash.GENESIS, emptySubject))
                .isNotEqualTo(ChainHash.unkeyed(ChainHash.GENESIS, forgedBoundary));
    }

    @Test
    void refusesTimesFinerThanPostgresKeepsAndUnknownVersions() {
        AccessLogEntry nanos = new AccessLogEntry(1, ID, 1, Instant.parse("2025-03-01T09:15:00.123456789Z"), null,
                "a", "", "", "VIEW", "x", null, null, "p", "ALLOWED", null, null, ChainHash.GENESIS, null);
        assertThatThrownBy(() -> ChainHash.unkeyed(ChainHash.GENESIS, nanos)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalForm.storedPrecision(nanos.occurredAt())).isEqualTo(Instant.parse("2025-03-01T09:15:00.123456Z"));

        AccessLogEntry v9 = new AccessLogEntry(1, ID, 9, Instant.parse("2025-03-01T09:15:00Z"), null, "a", "", "",
                "VIEW", "x", null, null, "p", "ALLOWED", null, null, ChainHash.GENESIS, null);
        assertThatThrownBy(() -> ChainHash.unkeyed(ChainHash.GENESIS, v9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChainHash.unkeyed("xyz", example())).isInstanceOf(IllegalArgumentException.class);
    }

    static final String KEY = "2tSa0RqqjUCXIGpGE3AQdOJ4Dd3VYLssJRtb8Ci8FWc=";

    static AccessLogEntry keyedExample() {
        return new AccessLogEntry(1, ID, 2, Instant.parse("2025-03-01T09:15:00.123456Z"), ACTOR, "j.de.vries",
                "INSPECTOR", "GM0080", "VIEW", "licence-application", "42", null, "licence-assessment", "ALLOWED",
                "GM0080", "k1", ChainHash.GENESIS, null);
    }

    @Test
    void theKeyedFormAddsMunicipalityAndKeyIdUnderItsOwnHeader() {
        assertThat(CanonicalForm.of(keyedExample())).startsWith("ienline-access-log/v2\nseq=1:1\n")
                .endsWith("result=7:ALLOWED\nmunicipality=6:GM0080\nkey_id=2:k1\n");
    }

    @Test
    void theKeyedMacIsHmacSha256OfThePreviousBytesAndTheFormWithTheNamedKey() throws Exception {
        javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
        hmac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(KEY), "HmacSHA256"));
        hmac.update(new byte[32]);
        String expected = HexFormat.of().formatHex(hmac.doFinal(CanonicalForm.of(keyedExample()).getBytes(StandardCharsets.UTF_8)));
        var keys = frl.ienline.platform.logchain.ChainKeys.of(java.util.Map.of("k1", KEY), "k1", "test");

        assertThat(ChainHash.of(ChainHash.GENESIS, keyedExample(), keys)).contains(expected);
        // pinned: the worked example of ADR 0014; a change here breaks every keyed chain
        assertThat(expected).isEqualTo(PINNED_KEYED_MAC);
        // another key, or a key that is not configured: no match, no MAC
        var other = frl.ienline.platform.logchain.ChainKeys.of(java.util.Map.of("k1", "FiGEh5xIKuLhfD1FHXtETaYfEJFO3O1q065zDHAg+Ew="), "k1", "test");
        assertThat(ChainHash.of(ChainHash.GENESIS, keyedExample(), other)).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, keyedExample(), keys));
        var elsewhere = frl.ienline.platform.logchain.ChainKeys.of(java.util.Map.of("k2", KEY), "k2", "test");
        assertThat(ChainHash.of(ChainHash.GENESIS, keyedExample(), elsewhere)).isEmpty();
    }

    static final String PINNED_KEYED_MAC = "7775b4e0c7e14c63ca56e2e356c6d9e1c7d0e991ab1280f817bcebde2dfae232";

    private static AccessLogEntry with(AccessLogEntry e, String subject, String objectId) {
        return new AccessLogEntry(e.seq(), e.id(), e.format(), e.occurredAt(), e.actorId(), e.actorName(), e.actorRoles(),
                e.actorOrganisation(), e.action(), e.objectType(), objectId, subject, e.purpose(), e.result(),
                e.municipality(), e.keyId(), e.previousHash(), null);
    }
}
