package frl.ienline.platform.logchain;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of walking a chain: every break found (the walk goes on after one), with the figures.
 *
 * @param entries      entries read
 * @param headSeq      sequence number of the last entry read, 0 when none
 * @param headHash     stored MAC of the last entry read, {@link ChainMac#GENESIS} when none; a signed
 *                     checkpoint of it lets a later check prove that nothing was cut off the end
 * @param breaks       the breaks, in the order found; at most {@link ChainCheck#REPORTED} of them
 * @param totalBreaks  how many breaks there are in all (more than {@code breaks.size()} when cut short)
 * @param checkpoints  how many checkpoints were compared with the chain
 */
public record ChainVerification(long entries, long headSeq, String headHash, List<Break> breaks, long totalBreaks,
        int checkpoints) {

    /** What is wrong at an entry. */
    public enum Kind {
        /** The stored MAC does not match the entry's fields: a field was changed, or the row was forged. */
        CONTENT_CHANGED,
        /** The entry does not point at the MAC of the entry before it: that one was replaced or re-hashed. */
        LINK_BROKEN,
        /** One or more sequence numbers are missing: entries were deleted. */
        GAP,
        /** A sequence number occurs twice or goes back: an entry was inserted out of band. */
        DUPLICATE,
        /** An entry without a key's MAC after keyed entries: a forged row in the old, unkeyed form. */
        UNKEYED_AFTER_KEYED,
        /** The entry names a key that is not configured: it cannot be verified (or was forged). */
        UNKNOWN_KEY,
        /** The entry a checkpoint signed differs from what is stored now, or is gone. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint saw later entries than the log holds now: entries were cut off the end. */
        TRUNCATED
    }

    /**
     * @param seq    the entry where the problem is (for a gap: the first missing number)
     * @param detail what is wrong, in English, without any field values of the entry
     */
    public record Break(long seq, Kind kind, String detail) {

        /** One line, e.g. {@code entry 3: content changed (the stored MAC does not match the entry's fields)}. */
        public String line() {
            return "entry " + seq + ": " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + detail + ")";
        }
    }

    public ChainVerification {
        if (entries < 0 || headHash == null || breaks == null || totalBreaks < breaks.size()) {
            throw new IllegalArgumentException("A verification has counts, a head and its breaks");
        }
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return totalBreaks == 0;
    }

    /** The first break, or {@code null} when intact. */
    public Break firstBreak() {
        return breaks.isEmpty() ? null : breaks.getFirst();
    }

    /** For the command and the application log: one line when intact, one line per break otherwise. */
    public String summary() {
        String anchored = checkpoints == 0 ? "" : "; " + checkpoints + " checkpoint(s) match";
        if (intact()) {
            return entries == 0 ? "OK: the log is empty" + anchored
                    : "OK: " + entries + " entries (seq 1.." + headSeq + ") intact; head MAC " + headHash + anchored;
        }
        StringBuilder text = new StringBuilder("BROKEN: ").append(totalBreaks).append(totalBreaks == 1 ? " problem" : " problems")
                .append(" in ").append(entries).append(" entries (last seq ").append(headSeq).append(")");
        breaks.forEach(b -> text.append(System.lineSeparator()).append("  ").append(b.line()));
        if (totalBreaks > breaks.size()) {
            text.append(System.lineSeparator()).append("  … and ").append(totalBreaks - breaks.size()).append(" more");
        }
        return text.toString();
    }
}
