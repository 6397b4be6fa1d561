package frl.ienline.rulebook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the region reports on itself: below which count a figure could point at a person or a business and is
 * shown as {@code <threshold} (on screens, in exports, reports and the open-data API), and how far a
 * municipality may lie from the regional median on each key figure of the uniformity monitor before it is
 * flagged. Versions written before these rules existed use {@link #DEFAULT}.
 *
 * @param smallNumberThreshold counts from 1 up to this number minus one are suppressed
 */
public record ReportingRules(int smallNumberThreshold, Uniformity uniformity) {

    /** What applies when a version says nothing: suppress below 5 and the thresholds below. */
    public static final ReportingRules DEFAULT = new ReportingRules(5, new Uniformity(14, new BigDecimal("0.20"),
            new BigDecimal("0.5"), new BigDecimal("0.10"), new BigDecimal("0.25"), 14));

    public ReportingRules {
        if (smallNumberThreshold < 2 || smallNumberThreshold > 100) {
            throw new IllegalArgumentException("smallNumberThreshold must be from 2 to 100");
        }
        Objects.requireNonNull(uniformity, "uniformity");
    }

    /**
     * The largest distance from the regional median that is not flagged, per key figure.
     *
     * @param decisionDays         median decision time, in days
     * @param refusalShare         share of refusals among decisions, as a fraction (0.20 = 20 percentage points)
     * @param ladderRung           the mean rung of the enforcement steps taken (1 = warning, 2 = intent, …)
     * @param ladderDeviationShare share of enforcement steps that deviated from the ladder, as a fraction
     * @param controlsPerLead      controls per lead
     * @param leadToControlDays    median days from a lead to its control
     */
    public record Uniformity(int decisionDays, BigDecimal refusalShare, BigDecimal ladderRung,
            BigDecimal ladderDeviationShare, BigDecimal controlsPerLead, int leadToControlDays) {

        public Uniformity {
            if (decisionDays < 1 || leadToControlDays < 1) {
                throw new IllegalArgumentException("Day thresholds must be at least 1");
            }
            requireBetween(refusalShare, "refusalShare", BigDecimal.ONE);
            requireBetween(ladderRung, "ladderRung", BigDecimal.TEN);
            requireBetween(ladderDeviationShare, "ladderDeviationShare", BigDecimal.ONE);
            requireBetween(controlsPerLead, "controlsPerLead", BigDecimal.TEN);
        }

        private static void requireBetween(BigDecimal value, String name, BigDecimal max) {
            if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be above 0 and at most " + max.toPlainString());
            }
        }
    }
}
