package frl.ienline.rulebook;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step of the enforcement ladder.
 *
 * @param code                   stable code, e.g. {@code PENALTY_ORDER}; enforcement cases refer to it
 * @param order                  position on the ladder, 1 is the first step
 * @param tracks                 the tracks (unlicensed, licensed) the step belongs to
 * @param viewTerm               term to give a view (zienswijze), or {@code null}
 * @param gracePeriod            grace period (begunstigingstermijn) to end the violation, or {@code null}
 * @param penalties              penalty amounts per kind of offender (only for a penalty order)
 * @param minimumDuration        minimum duration of the measure, or {@code null}
 * @param minimumDurationApplies when the minimum duration applies, or {@code null}
 * @param legalBasis             the articles the step rests on, for its letter; {@code null} in versions from before
 *                               issue 17
 */
public record EnforcementStep(String code, int order, Set<Track> tracks, LocalizedText name, LocalizedText description,
        Period viewTerm, Period gracePeriod, List<PenaltyAmount> penalties, Period minimumDuration,
        LocalizedText minimumDurationApplies, LocalizedText legalBasis) {

    public EnforcementStep {
        if (code == null || !code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("An enforcement step code is written LIKE_THIS, not " + code);
        }
        if (order < 1) {
            throw new IllegalArgumentException("The order of an enforcement step starts at 1");
        }
        if (tracks == null || tracks.isEmpty()) {
            throw new IllegalArgumentException("An enforcement step belongs to at least one track");
        }
        tracks = Set.copyOf(EnumSet.copyOf(tracks));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (viewTerm != null) {
            Terms.requirePositive(viewTerm, "viewTerm");
        }
        if (gracePeriod != null) {
            Terms.requirePositive(gracePeriod, "gracePeriod");
        }
        if (minimumDuration != null) {
            Terms.requirePositive(minimumDuration, "minimumDuration");
        }
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }

    /** A step as versions before issue 17 describe it: no legal basis for its letter. */
    public EnforcementStep(String code, int order, Set<Track> tracks, LocalizedText name, LocalizedText description,
            Period viewTerm, Period gracePeriod, List<PenaltyAmount> penalties, Period minimumDuration,
            LocalizedText minimumDurationApplies) {
        this(code, order, tracks, name, description, viewTerm, gracePeriod, penalties, minimumDuration,
                minimumDurationApplies, null);
    }

    public boolean appliesTo(Track track) {
        return tracks.contains(track);
    }

    public Optional<PenaltyAmount> penalty(Offender offender) {
        return penalties.stream().filter(p -> p.offender() == offender).findFirst();
    }

    /** The tracks in their natural order, for display. */
    public List<Track> sortedTracks() {
        return EnumSet.copyOf(tracks).stream().toList();
    }
}
