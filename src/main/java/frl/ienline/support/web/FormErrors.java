package frl.ienline.support.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.util.List;

/** Problems of a submitted form for the error summary and the fields; {@code what} is a message key. */
public record FormErrors(List<Problem> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors of(InputRejected e) {
        return new FormErrors(e.problems());
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
