package frl.ienline.rulebook;

import java.util.Objects;

/**
 * A legal basis on which a signal or other data may be shared; every share records one.
 *
 * @param code            stable code, e.g. {@code WGS}
 * @param reference       the article(s) of law
 * @param requiresConsent only with the consent of the person concerned
 */
public record LegalBasis(String code, LocalizedText name, String reference, boolean requiresConsent) {

    public LegalBasis {
        if (code == null || !code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A legal basis code is written LIKE_THIS, not " + code);
        }
        Objects.requireNonNull(name, "name");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("A legal basis needs a reference to the law");
        }
    }
}
