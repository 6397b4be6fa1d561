package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which municipalities take part in the regional supervision team, and when.
 *
 * @param example true when the participation is an example rather than the published truth; every screen
 *                and API that shows participation must say so
 * @param note    explanation shown with the participation; required for an example
 */
public record SupervisionTeam(boolean example, LocalizedText note, List<Participation> participations) {

    public SupervisionTeam {
        participations = List.copyOf(participations);
        if (example && note == null) {
            throw new IllegalArgumentException("An example participation needs a note that says so");
        }
    }

    public boolean participatesOn(MunicipalityCode municipality, LocalDate date) {
        return participations.stream().anyMatch(p -> p.municipality().equals(municipality) && p.covers(date));
    }

    public SortedSet<MunicipalityCode> participantsOn(LocalDate date) {
        TreeSet<MunicipalityCode> codes = new TreeSet<>();
        participations.stream().filter(p -> p.covers(date)).forEach(p -> codes.add(p.municipality()));
        return codes;
    }
}
