package frl.ienline.shared;

import java.util.List;

/**
 * Bad input, with every problem found and where it is (a field, a line). Answered as 400 with the
 * list of errors, as problem+json on the API and as an error summary on pages.
 */
public class InputRejected extends RuntimeException {

    /** One problem: where (field name, "line 12: phones[0]", …) and what. */
    public record Problem(String where, String what) {
    }

    private final List<Problem> problems;

    public InputRejected(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.getFirst().where()));
        this.problems = List.copyOf(problems);
    }

    public static InputRejected of(String where, String what) {
        return new InputRejected(List.of(new Problem(where, what)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
