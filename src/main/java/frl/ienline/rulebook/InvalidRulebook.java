package frl.ienline.rulebook;

import java.util.List;
import java.util.stream.Collectors;

/** Rulebook data (a version file or the gazetteer) that cannot be used; lists every problem found. */
public class InvalidRulebook extends RuntimeException {

    private final List<RulebookProblem> problems;

    public InvalidRulebook(List<RulebookProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RulebookProblem> problems() {
        return problems;
    }

    private static String describe(List<RulebookProblem> problems) {
        return problems.size() + " problem(s) in the rulebook data:" + problems.stream().map(p -> "\n  " + p)
                .collect(Collectors.joining());
    }
}
