package frl.ienline.adintel.engine.extract;

import java.util.Objects;

/**
 * A normalised value found in an ad.
 *
 * @param value the normalised value (E.164 phone number, lowercase e-mail address, licence number …)
 * @param span where in the ad's text it was found, or {@code null} when it came from a structured field
 */
public record Found(String value, Span span) {

    public Found {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
    }

    public boolean fromField() {
        return span == null;
    }
}
