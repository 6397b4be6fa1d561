package frl.ienline.audit.internal;

/**
 * The outcome of walking the chain: intact with its figures, or the first entry where it breaks.
 *
 * @param entriesChecked entries found intact (all of them when OK; those before the break when BROKEN)
 * @param lastIntactSeq  sequence number of the last intact entry, 0 when none
 * @param headHash       hash of the last intact entry, {@link ChainHash#GENESIS} when none; writing this down
 *                       outside the database lets a later check prove that no entries were cut off the end
 * @param firstBreak     where and how the chain breaks, {@code null} when OK
 */
public record ChainVerification(long entriesChecked, long lastIntactSeq, String headHash, Break firstBreak) {

    /** What is wrong with an entry. */
    public enum Kind {
        /** The stored hash does not match the entry's fields: a field was changed after writing. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it: that one was re-hashed or replaced. */
        LINK_BROKEN,
        /** One or more sequence numbers are missing: entries were deleted. */
        GAP,
        /** A sequence number occurs twice: an entry was inserted out of band. */
        DUPLICATE
    }

    /**
     * @param seq    the sequence number where the chain breaks (for a gap: the first missing number)
     * @param detail what is wrong, in English, without any field values of the entry
     */
    public record Break(long seq, Kind kind, String detail) {
    }

    public ChainVerification {
        if (entriesChecked < 0 || headHash == null) {
            throw new IllegalArgumentException("A verification has a count and a head hash");
        }
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** One line for the command and the application log, e.g. {@code OK: 1234 entries (seq 1..1234) ...}. */
    public String summary() {
        if (intact()) {
            return entriesChecked == 0 ? "OK: the access log is empty"
                    : "OK: " + entriesChecked + " entries (seq 1.." + lastIntactSeq + ") intact; head hash " + headHash;
        }
        return "BROKEN at entry " + firstBreak.seq() + ": " + firstBreak.kind().name().toLowerCase().replace('_', ' ')
                + " (" + firstBreak.detail() + "); " + entriesChecked + " entries before it are intact";
    }
}
