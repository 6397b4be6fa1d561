package frl.ienline.shared;

import java.time.LocalDate;

/**
 * The only data that leaves the care compartment: anonymous counts for a period, with small numbers
 * suppressed. No ids, no pseudonyms, no municipalities below the region. Declared here, in the shared kernel,
 * and implemented by the support module, so that reporting can read the figures without depending on support
 * (the wall: nothing depends on support; the dependency points out of the compartment, as with
 * {@code rulebook.VersionAdvice}).
 */
public interface SupportFigures {

    Counts counts(LocalDate from, LocalDate toExclusive);

    /**
     * @param reports  incident reports received
     * @param alerts   alerts published
     * @param checks   client checks done
     * @param meetups  meetups and trainings held
     * @param members  member accounts existing at the end of the period
     */
    record Counts(LocalDate from, LocalDate toExclusive, SuppressedCount reports, SuppressedCount alerts,
            SuppressedCount checks, SuppressedCount meetups, SuppressedCount members) {
    }

    /** A count that shows {@code "<5"} (or the configured threshold) instead of a small number. */
    record SuppressedCount(String shown, boolean suppressed) {

        public static final int THRESHOLD = 5;

        public SuppressedCount {
            if (shown == null || shown.isBlank()) {
                throw new IllegalArgumentException("A count needs a value to show");
            }
        }

        public static SuppressedCount of(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("A count cannot be negative");
            }
            return value > 0 && value < THRESHOLD ? new SuppressedCount("<" + THRESHOLD, true)
                    : new SuppressedCount(Long.toString(value), false);
        }
    }
}
