package frl.ienline.platform.logchain;

import frl.ienline.platform.logchain.ChainVerification.Break;
import frl.ienline.platform.logchain.ChainVerification.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a chain one entry at a time, in sequence order, and collects every break instead of stopping at
 * the first: after a problem it goes on from the stored MAC of the entry at hand, so one edited entry is
 * one break and a forgery further on is still reported. Holds only the last entry, so a log of any length
 * streams through it. The caller reads the rows and judges each entry's MAC (it knows the form and keys).
 */
public final class ChainCheck {

    /** At most this many breaks are kept with their details; the rest are counted. */
    public static final int REPORTED = 100;

    /** What the caller found about one entry's own MAC. */
    public enum Content {
        /** The MAC matches the fields. */
        INTACT,
        /** It does not (or the fields cannot be read as written). */
        CHANGED,
        /** The entry names a key that is not configured. */
        UNKNOWN_KEY
    }

    private final List<Break> breaks = new ArrayList<>();
    private final List<Checkpoint> anchors;
    private long total;
    private long entries;
    private long lastSeq;
    private String lastHash = ChainMac.GENESIS;
    private boolean keyedSeen;
    private int anchorIndex;
    private int anchorsChecked;

    /** A walk that also compares the chain with {@code checkpoints} (of this log; any order). */
    public ChainCheck(List<Checkpoint> checkpoints) {
        // a checkpoint of an empty log asserts nothing a later log could contradict
        this.anchors = checkpoints.stream().filter(c -> c.seq() > 0).sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList();
    }

    public ChainCheck() {
        this(List.of());
    }

    /**
     * The next entry as read.
     *
     * @param previous  its stored "previous MAC"
     * @param stored    its stored MAC
     * @param keyed     whether it is in a keyed form (an unkeyed entry after a keyed one is a forgery)
     * @param gapFree   whether its sequence numbers were assigned without gaps (the care log's first form
     *                  drew them from a sequence that skips on rollback; its links still show a deletion)
     * @param content   whether its MAC matches its fields
     */
    public void add(long seq, String previous, String stored, boolean keyed, boolean gapFree, Content content) {
        boolean afterGap = false;
        if (entries == 0 ? seq != 1 && gapFree : seq != lastSeq + 1) {
            if (seq <= lastSeq) {
                report(seq, Kind.DUPLICATE, "sequence number " + seq + " occurs more than once or out of order");
            } else if (gapFree) {
                long from = lastSeq + 1;
                report(from, Kind.GAP, seq - from == 1 ? "entry " + from + " is missing"
                        : "entries " + from + ".." + (seq - 1) + " are missing");
                afterGap = true;
            }
        }
        if (!afterGap && !ChainMac.same(previous, lastHash)) {
            report(seq, Kind.LINK_BROKEN, entries == 0 ? "the first entry does not start from the genesis value"
                    : "the previous-MAC field does not match the MAC of the entry before it");
        }
        if (keyed) {
            keyedSeen = true;
        } else if (keyedSeen) {
            report(seq, Kind.UNKEYED_AFTER_KEYED, "an entry in the unkeyed form after keyed entries");
        }
        switch (content) {
            case CHANGED -> report(seq, Kind.CONTENT_CHANGED, "the stored MAC does not match the entry's fields");
            case UNKNOWN_KEY -> report(seq, Kind.UNKNOWN_KEY, "the entry names a key that is not configured");
            case INTACT -> {
            }
        }
        while (anchorIndex < anchors.size() && anchors.get(anchorIndex).seq() <= seq) {
            Checkpoint anchor = anchors.get(anchorIndex++);
            anchorsChecked++;
            if (anchor.seq() < seq) {
                report(anchor.seq(), Kind.CHECKPOINT_MISMATCH, "the entry signed in the checkpoint of "
                        + anchor.createdAt() + " is gone");
            } else if (!ChainMac.same(anchor.head(), stored)) {
                report(seq, Kind.CHECKPOINT_MISMATCH, "the entry differs from the one signed in the checkpoint of "
                        + anchor.createdAt());
            }
        }
        entries++;
        lastSeq = Math.max(lastSeq, seq);
        lastHash = stored;
    }

    /** The outcome; checkpoints beyond the last entry read mean entries were cut off the end. */
    public ChainVerification result() {
        while (anchorIndex < anchors.size()) {
            Checkpoint anchor = anchors.get(anchorIndex++);
            anchorsChecked++;
            report(lastSeq + 1, Kind.TRUNCATED, "the checkpoint of " + anchor.createdAt() + " signed entry "
                    + anchor.seq() + ", but the log ends at " + lastSeq);
        }
        return new ChainVerification(entries, lastSeq, lastHash, breaks, total, anchorsChecked);
    }

    private void report(long seq, Kind kind, String detail) {
        total++;
        if (breaks.size() < REPORTED) {
            breaks.add(new Break(seq, kind, detail));
        }
    }
}
