package frl.ienline.supervision.web;

import frl.ienline.shared.InputRejected;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the supervision pages share: the common model, a change that returns to its page, the page paths. */
final class Pages {

    private Pages() {
    }

    static void common(Model model, Formats fmt) {
        model.addAttribute("fmt", fmt);
        model.addAttribute("coordinator", frl.ienline.shared.CurrentActor.get()
                .map(a -> a.hasRole(frl.ienline.shared.Role.TEAM_COORDINATOR)).orElse(false));
        model.addAttribute("teamMember", frl.ienline.shared.CurrentActor.get()
                .map(frl.ienline.supervision.internal.SupervisionAccess::isTeam).orElse(false));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
    }

    /** Runs a change; on rejected input, the problems go back to {@code back} as flash attributes. */
    static String change(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return action.get();
        } catch (InputRejected e) {
            redirect.addFlashAttribute("problems", FormProblem.of(e));
            return "redirect:" + back;
        }
    }

    /**
     * A change whose role is checked before any input is read (D12): {@code roleCheck} refuses (403, logged) a
     * user who may not make it, so a refused user learns nothing about the input.
     */
    static String change(Runnable roleCheck, RedirectAttributes redirect, String back, Supplier<String> action) {
        roleCheck.run();
        return change(redirect, back, action);
    }

    static String change(Runnable roleCheck, RedirectAttributes redirect, String page, String noticeKey,
            Runnable action) {
        roleCheck.run();
        return change(redirect, page, noticeKey, action);
    }

    /** A change that stays on its page: the notice on success, the problems on refusal. */
    static String change(RedirectAttributes redirect, String page, String noticeKey, Runnable action) {
        return change(redirect, page, () -> {
            action.run();
            return notice(redirect, noticeKey, page);
        });
    }

    /** The control a step rests on, if any; a tampered id is a form error, not a server error. */
    static UUID controlId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InputRejected.of("controlId", "supervision.error.required");
        }
    }

    static String casePage(UUID id) {
        return "/app/toezicht/zaken/" + id;
    }

    static String leadPage(UUID id) {
        return "/app/toezicht/leads/" + id;
    }

    static String notice(RedirectAttributes redirect, String key, String target) {
        redirect.addFlashAttribute("notice", key);
        return "redirect:" + target;
    }

}
