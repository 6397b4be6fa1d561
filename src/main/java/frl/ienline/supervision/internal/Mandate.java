package frl.ienline.supervision.internal;

import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The team's mandate: it works only in municipalities that participate in the regional supervision team
 * on the day in question, as the rulebook version in effect on that day says. A change of participation
 * takes effect on its date without a code change.
 */
public final class Mandate {

    private final Function<LocalDate, RulebookVersion> versionOn;

    public Mandate(Function<LocalDate, RulebookVersion> versionOn) {
        this.versionOn = versionOn;
    }

    public static Mandate of(Rulebook rulebook) {
        return new Mandate(rulebook::activeOn);
    }

    /** True when the team works leads in this municipality on that day. */
    public boolean covers(MunicipalityCode municipality, LocalDate day) {
        return participantsOn(day).contains(municipality);
    }

    /** The participating municipalities on that day; none before the first rulebook version. */
    public SortedSet<MunicipalityCode> participantsOn(LocalDate day) {
        try {
            return versionOn.apply(day).supervisionTeam().participantsOn(day);
        } catch (IllegalArgumentException noVersionYet) {
            return new TreeSet<>();
        }
    }

    /** The part of an actor's scope that the team may work on that day. */
    public SortedSet<MunicipalityCode> within(Collection<MunicipalityCode> scope, LocalDate day) {
        SortedSet<MunicipalityCode> result = new TreeSet<>(participantsOn(day));
        result.retainAll(scope);
        return result;
    }
}
