package frl.ienline.rulebook;

/**
 * One problem found while loading rulebook data.
 *
 * @param source the file (or database record) the data came from, e.g. {@code 2026.1.yaml}
 * @param where  where in it: a field path such as {@code licenceKinds[1].decisionTerm} or {@code line 12}
 * @param what   what is wrong
 */
public record RulebookProblem(String source, String where, String what) {

    @Override
    public String toString() {
        return source + ": " + where + ": " + what;
    }
}
