package frl.ienline.register.web;

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

    /** Runs an action; on success flashes {@code doneKey}, on a guard or bad input flashes the problem. */
    static void run(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", doneKey);
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", new Problem("register.guard." + refused.code(), refused.args()));
        } catch (InputRejected rejected) {
            InputRejected.Problem first = rejected.problems().getFirst();
            redirect.addFlashAttribute("problem", "document".equals(first.where())
                    ? new Problem("register.upload." + first.what(), List.of())
                    : new Problem("register.error.input", List.of(first.what())));
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException invalid) {
            redirect.addFlashAttribute("problem", new Problem("register.error.input",
                    List.of(invalid.getMessage() == null ? "" : invalid.getMessage())));
        }
    }
}
