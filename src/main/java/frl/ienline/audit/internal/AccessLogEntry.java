package frl.ienline.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the access log exactly as stored. Action and result stay strings here: the verifier must be
 * able to read and re-hash an entry whatever someone with database rights wrote into it.
 *
 * @param seq          position in the chain, 1, 2, 3 … without gaps
 * @param format       version of the canonical form the MAC was made over ({@link CanonicalForm})
 * @param municipality the municipality of the record the entry is about, when it has one (form 2 on)
 * @param keyId        the chain key the MAC was made with (form 2 on), {@code null} for the unkeyed form 1
 * @param previousHash MAC of entry {@code seq - 1}, or {@link ChainHash#GENESIS} for the first entry
 * @param hash         {@link ChainHash} of this entry
 */
public record AccessLogEntry(long seq, UUID id, int format, Instant occurredAt, UUID actorId, String actorName,
        String actorRoles, String actorOrganisation, String action, String objectType, String objectId,
        String subjectPseudonym, String purpose, String result, String municipality, String keyId,
        String previousHash, String hash) {

    public AccessLogEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        if (id == null || occurredAt == null || action == null || objectType == null || purpose == null
                || result == null || previousHash == null) {
            throw new IllegalArgumentException("An access log entry needs id, time, action, object type, purpose,"
                    + " result and the previous hash");
        }
    }

    /** The same entry with its MAC filled in. */
    public AccessLogEntry withHash(String newHash) {
        return new AccessLogEntry(seq, id, format, occurredAt, actorId, actorName, actorRoles, actorOrganisation,
                action, objectType, objectId, subjectPseudonym, purpose, result, municipality, keyId, previousHash,
                newHash);
    }

    /** The role codes the actor held, e.g. {@code [INSPECTOR, TEAM_COORDINATOR]}. */
    public List<String> roleList() {
        return actorRoles == null || actorRoles.isBlank() ? List.of() : List.of(actorRoles.split(","));
    }

    public boolean denied() {
        return "DENIED".equals(result);
    }

    /** Whether the entry's MAC is keyed (written after the chain key was introduced). */
    public boolean keyed() {
        return format >= CanonicalForm.KEYED;
    }
}
