package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.util.Objects;

/**
 * A place, municipality or postcode found in a text.
 *
 * @param start        index of the first character in the text
 * @param end          index after the last character
 * @param text         the text as written, e.g. {@code Snits}
 * @param municipality the municipality it belongs to
 * @param place        the place; {@code null} for a municipality name, a postcode, or a name that several
 *                     places of the same municipality share
 */
public record PlaceMention(int start, int end, String text, Kind kind, MunicipalityCode municipality, Place place) {

    /** What was recognised. */
    public enum Kind { PLACE, MUNICIPALITY, POSTCODE }

    public PlaceMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(municipality, "municipality");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A mention needs a non-empty span");
        }
    }
}
