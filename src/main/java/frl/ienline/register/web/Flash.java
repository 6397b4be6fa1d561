package frl.ienline.register.web;

import frl.ienline.register.internal.TextRejected;
import frl.ienline.register.internal.TransitionRefused;
import frl.ienline.shared.InputRejected;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns a refused step into a message on the page the officer returns to. */
public final class Flash {

    /** A translatable problem: {@code key} with {@code args}. */
    public record Problem(String key, List<String> args) {
    }

    static Problem problem(String key) {
        return new Problem(key, List.of());
    }

    private Flash() {
    }

    /**
     * Runs an action; on success flashes {@code doneKey}, on a guard or bad input flashes the problem as a
     * message key, never an exception's message (L9). Anything else — a NullPointerException is a bug — goes
     * on to the error handling and its 500.
     */
    static void run(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", doneKey);
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", new Problem("register.guard." + refused.code(), refused.args()));
        } catch (InputRejected rejected) {
            InputRejected.Problem first = rejected.problems().getFirst();
            redirect.addFlashAttribute("problem", "document".equals(first.where())
                    ? problem("register.upload." + first.what()) : problem("register.error.invalid"));
        } catch (TextRejected text) {
            redirect.addFlashAttribute("problem", text.problem() == TextRejected.Problem.REQUIRED
                    ? problem("register.error.textRequired")
                    : new Problem("register.error.textTooLong", List.of(String.valueOf(text.max()))));
        } catch (java.time.DateTimeException date) {
            redirect.addFlashAttribute("problem", problem("register.error.date"));
        } catch (IllegalArgumentException invalid) { // an unknown choice (enum), an invalid value
            redirect.addFlashAttribute("problem", problem("register.error.invalid"));
        }
    }
}
