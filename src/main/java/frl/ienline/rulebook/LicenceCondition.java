package frl.ienline.rulebook;

import java.util.Objects;

/**
 * A standard condition (voorschrift) attached to every licence of a kind; each becomes an item on the
 * inspection checklist.
 *
 * @param code stable code such as {@code PB-03}, referenced by checklists and findings
 */
public record LicenceCondition(String code, LocalizedText text) {

    public LicenceCondition {
        if (code == null || !code.matches("[A-Z]{2}-\\d{2}")) {
            throw new IllegalArgumentException("A condition code looks like PB-01, not " + code);
        }
        Objects.requireNonNull(text, "text");
    }
}
