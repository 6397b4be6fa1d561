package frl.ienline.support.internal;

import frl.ienline.platform.logchain.CanonicalText;
import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainMac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One entry of the care log exactly as stored, and its MAC in either form.
 *
 * <ul>
 * <li>Form 1 (until V131): {@code SHA-256(previous as text | epoch millis | fields joined with "|")} with
 * {@code null} written as "", the first entry chained to the text "genesis". Not injective and unkeyed;
 * only read, to verify the entries written in it.</li>
 * <li>Form 2: {@code HMAC-SHA256(key of key_id, previous as 32 bytes || canonical text)}, the canonical
 * text ({@link CanonicalText}, header {@code ienline-care-log/v2}) over seq, occurred_at (microseconds),
 * actor_ref, actor_name, organisation, roles, action, object_type, object_id, subject, purpose, result and
 * key_id.</li>
 * </ul>
 *
 * @param actorRef the actor as a keyed reference (form 2); form 1 kept the staff user's id outside the hash
 */
public record CareLogEntry(long seq, int format, Instant occurredAt, String actorRef, String actorName,
        String organisation, String roles, String action, String objectType, String objectId, String subject,
        String purpose, String result, String keyId, String previousHash, String hash) {

    public static final int LEGACY = 1;
    public static final int KEYED = 2;
    /** What form 1 stored as the first entry's "previous hash". */
    static final String LEGACY_GENESIS = "genesis";

    public boolean keyed() {
        return format >= KEYED;
    }

    public boolean denied() {
        return "DENIED".equals(result);
    }

    /** The stored previous MAC as the chain check compares it (form 1's "genesis" is the zero genesis). */
    String previousForCheck() {
        return LEGACY_GENESIS.equals(previousHash) ? ChainMac.GENESIS : previousHash;
    }

    String canonical() {
        return CanonicalText.header("ienline-care-log/v2").field("seq", seq).field("occurred_at", occurredAt)
                .field("actor_ref", actorRef).field("actor_name", actorName).field("organisation", organisation)
                .field("roles", roles).field("action", action).field("object_type", objectType)
                .field("object_id", objectId).field("subject", subject).field("purpose", purpose)
                .field("result", result).field("key_id", keyId).text();
    }

    /**
     * The MAC this entry should carry; empty when it names a key {@code keys} does not hold.
     *
     * @throws IllegalArgumentException when the entry cannot be read as written (unknown form, bad previous MAC)
     */
    Optional<String> expectedMac(ChainKeys keys) {
        return switch (format) {
            case LEGACY -> Optional.of(legacyHash());
            case KEYED -> keys.key(keyId).map(key -> ChainMac.keyed(key, previousForCheck(),
                    canonical().getBytes(StandardCharsets.UTF_8)));
            default -> throw new IllegalArgumentException("Unknown care log form " + format);
        };
    }

    private String legacyHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
            digest.update(("|" + occurredAt.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            for (String field : new String[] {actorName, organisation, roles, action, objectType, objectId, subject,
                    purpose, result}) {
                digest.update(("|" + (field == null ? "" : field)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
