package frl.ienline.register.internal;

/**
 * A text a register value refuses: missing or longer than its maximum. Carries a code and the maximum, not
 * a sentence, so the page can say it in the user's language (L9).
 */
public class TextRejected extends IllegalArgumentException {

    public enum Problem { REQUIRED, TOO_LONG }

    private final Problem problem;
    private final int max;

    TextRejected(Problem problem, String what, int max) {
        super((problem == Problem.REQUIRED ? "Required: " : "Too long: ") + what);
        this.problem = problem;
        this.max = max;
    }

    public Problem problem() {
        return problem;
    }

    public int max() {
        return max;
    }
}
