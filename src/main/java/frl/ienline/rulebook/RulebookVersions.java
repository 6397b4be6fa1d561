package frl.ienline.rulebook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A set of rulebook versions ordered by effective date: which one applies on a date, and lookup by id.
 * What {@link RulebookFiles} returns; the {@link Rulebook} bean adds the database's history on top.
 */
public record RulebookVersions(List<RulebookVersion> all) {

    public RulebookVersions {
        if (all == null || all.isEmpty()) {
            throw new IllegalArgumentException("There must be at least one rulebook version");
        }
        all = all.stream().sorted(Comparator.comparing(RulebookVersion::effectiveFrom)).toList();
    }

    /** The version in effect on a date: the last one whose effective date is on or before it. */
    public Optional<RulebookVersion> activeOn(LocalDate date) {
        RulebookVersion active = null;
        for (RulebookVersion version : all) {
            if (!version.effectiveFrom().isAfter(date)) {
                active = version;
            }
        }
        return Optional.ofNullable(active);
    }

    public Optional<RulebookVersion> version(String id) {
        return all.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The version with the latest effective date (possibly not yet in effect). */
    public RulebookVersion latest() {
        return all.getLast();
    }
}
