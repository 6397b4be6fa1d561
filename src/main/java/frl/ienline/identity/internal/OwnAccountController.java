package frl.ienline.identity.internal;

import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@value #PATH}: every signed-in staff member changes their own password. A session that gives the wrong
 * current password {@value #MAX_WRONG} times is signed out, so a borrowed session cannot guess it.
 */
@Controller
@RequestMapping(OwnAccountController.PATH)
class OwnAccountController {

    static final String PATH = "/app/mijn-account/wachtwoord";
    static final int MAX_WRONG = 5;
    private static final String WRONG = OwnAccountController.class.getName() + ".wrong";

    private final OwnPasswords ownPasswords;

    OwnAccountController(OwnPasswords ownPasswords) {
        this.ownPasswords = ownPasswords;
    }

    @GetMapping
    String form(Model model) {
        return page(model, List.of());
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat, Model model, HttpSession session,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ownPasswords.change(current, password, repeat);
            session.removeAttribute(WRONG);
            redirect.addFlashAttribute("saved", "identity.own.changed");
            return "redirect:/app";
        } catch (InputRejected e) {
            if (e.problems().stream().anyMatch(p -> "current".equals(p.where()))) {
                int wrong = session.getAttribute(WRONG) instanceof Integer n ? n + 1 : 1;
                if (wrong >= MAX_WRONG) {
                    session.invalidate();
                    return "redirect:/login?verlopen";
                }
                session.setAttribute(WRONG, wrong);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, e.problems());
        }
    }

    private static String page(Model model, List<InputRejected.Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.where(), k -> new ArrayList<>()).add(p.what()));
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
        return "identity/own-password";
    }
}
