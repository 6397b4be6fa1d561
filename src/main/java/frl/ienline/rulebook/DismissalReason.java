package frl.ienline.rulebook;

import java.util.Objects;

/**
 * A reason to close a lead (an advertisement or report) without a control.
 *
 * @param requiresNote the inspector must explain the dismissal in a note
 */
public record DismissalReason(String code, LocalizedText name, boolean requiresNote) {

    public DismissalReason {
        if (code == null || !code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A dismissal reason code is written LIKE_THIS, not " + code);
        }
        Objects.requireNonNull(name, "name");
    }
}
