package frl.ienline.rulebook;

import java.util.Objects;

/**
 * A reason the rulebook accepts for taking another step than the enforcement ladder proposes (issue 13): every
 * deviation names one, so deviations can be counted and compared between municipalities.
 */
public record DeviationReason(String code, LocalizedText name) {

    public DeviationReason {
        if (code == null || !code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A deviation reason code is written LIKE_THIS, not " + code);
        }
        Objects.requireNonNull(name, "name");
    }
}
