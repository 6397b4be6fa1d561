package frl.ienline.register.internal;

import frl.ienline.shared.InputRejected;
import java.util.List;

/**
 * A verb's guard said no: the step is not allowed in this state or with these inputs. {@link #code()} is
 * a message key under {@code register.guard.}; pages show it translated, the API as problem+json (400).
 */
public class TransitionRefused extends InputRejected {

    private final String code;
    private final List<String> args;

    public TransitionRefused(String code, Object... args) {
        super(List.of(new Problem("state", code)));
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
