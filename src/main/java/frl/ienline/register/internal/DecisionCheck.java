package frl.ienline.register.internal;

import java.util.List;
import java.util.Objects;

/**
 * One check at decision time with its reason: {@code code} and {@code args} make the message
 * {@code register.check.<code>.<verdict>} shown to the officer and kept with the decision.
 */
public record DecisionCheck(String code, Verdict verdict, List<String> args) {

    public enum Verdict {
        PASS,
        /** the officer must weigh it and say why in the decision */
        ATTENTION,
        /** the licence cannot be granted */
        BLOCKING
    }

    public DecisionCheck {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verdict, "verdict");
        args = List.copyOf(args);
    }

    public static DecisionCheck of(String code, Verdict verdict, Object... args) {
        return new DecisionCheck(code, verdict, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String messageKey() {
        return "register.check." + code + "." + verdict.name().toLowerCase(java.util.Locale.ROOT);
    }
}
