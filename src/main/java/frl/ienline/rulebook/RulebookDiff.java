package frl.ienline.rulebook;

import java.util.List;

/**
 * The field-by-field difference between two rulebook versions. Paths name list elements by their code
 * where they have one, e.g. {@code licenceKinds[EB].renewalLeadTime} or
 * {@code supervisionTeam.participations[GM0098]}.
 */
public record RulebookDiff(String fromId, String toId, List<Change> changes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One difference.
     *
     * @param before the old value as text, or {@code null} when added
     * @param after  the new value as text, or {@code null} when removed
     */
    public record Change(String path, Kind kind, String before, String after) {

        /** The first part of the path: the section of the rulebook, e.g. {@code licenceKinds}. */
        public String section() {
            int end = 0;
            while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) {
                end++;
            }
            return path.substring(0, end);
        }
    }

    public RulebookDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
