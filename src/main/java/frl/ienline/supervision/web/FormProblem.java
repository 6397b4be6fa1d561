package frl.ienline.supervision.web;

import frl.ienline.shared.InputRejected;
import java.io.Serializable;
import java.util.List;

/** A problem with a form, kept across the redirect after a POST (flash attributes live in the session). */
public record FormProblem(String where, String what) implements Serializable {

    static List<FormProblem> of(InputRejected rejected) {
        return rejected.problems().stream().map(p -> new FormProblem(p.where(), p.what())).toList();
    }
}
