package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.CanonicalText;
import java.time.Instant;

/**
 * The byte string an entry's MAC is made over, in the length-prefixed form of {@link CanonicalText}.
 * Documented in docs/adr/0005-access-log-hash-chain.md and 0014; changing a form breaks every chain
 * written with it, so a new form gets a new version and the old ones stay for the entries written in them.
 *
 * <ul>
 * <li>Version 1 (unkeyed, SHA-256): header {@code ienline-access-log/v1}, fields seq, id, occurred_at,
 * actor_id, actor_name, actor_roles, actor_organisation, action, object_type, object_id, subject_pseudonym,
 * purpose, result.</li>
 * <li>Version 2 (keyed, HMAC-SHA256): header {@code ienline-access-log/v2}, the same fields, then
 * municipality and key_id.</li>
 * </ul>
 */
public final class CanonicalForm {

    /** The unkeyed first form, still read for the entries written in it. */
    public static final int UNKEYED = 1;
    /** The keyed form every new entry is written in. */
    public static final int KEYED = 2;
    /** The form new entries get. */
    public static final int VERSION = KEYED;

    private CanonicalForm() {
    }

    /**
     * @throws IllegalArgumentException when the entry's format is unknown or its time too precise
     */
    public static String of(AccessLogEntry entry) {
        CanonicalText form = switch (entry.format()) {
            case UNKEYED -> CanonicalText.header("ienline-access-log/v1");
            case KEYED -> CanonicalText.header("ienline-access-log/v2");
            default -> throw new IllegalArgumentException("Unknown canonical form version " + entry.format());
        };
        form.field("seq", entry.seq()).field("id", entry.id()).field("occurred_at", entry.occurredAt())
                .field("actor_id", entry.actorId()).field("actor_name", entry.actorName())
                .field("actor_roles", entry.actorRoles()).field("actor_organisation", entry.actorOrganisation())
                .field("action", entry.action()).field("object_type", entry.objectType())
                .field("object_id", entry.objectId()).field("subject_pseudonym", entry.subjectPseudonym())
                .field("purpose", entry.purpose()).field("result", entry.result());
        if (entry.format() == KEYED) {
            form.field("municipality", entry.municipality()).field("key_id", entry.keyId());
        }
        return form.text();
    }

    /** Time at the precision PostgreSQL stores, so that what is hashed is what can be read back. */
    public static Instant storedPrecision(Instant time) {
        return CanonicalText.storedPrecision(time);
    }
}
