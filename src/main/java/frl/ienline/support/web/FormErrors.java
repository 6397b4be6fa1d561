package frl.ienline.support.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/** Problems of a submitted form for the error summary and the fields; {@code what} is a message key. */
public record FormErrors(List<Problem> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors of(InputRejected e) {
        return new FormErrors(e.problems());
    }

    /**
     * Does what a submitted form asks and returns where to go next (a redirect); when the input is rejected,
     * shows the form again with the error summary instead. Every support form posts through this.
     */
    public static String submit(Model model, Supplier<String> action, Supplier<String> form) {
        try {
            return action.get();
        } catch (InputRejected e) {
            String view = form.get();
            model.addAttribute("errors", of(e));
            return view;
        }
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(p -> p.where().equals(field));
    }

    public String key(String field) {
        return all.stream().filter(p -> p.where().equals(field)).map(Problem::what).findFirst().orElse("");
    }
}
