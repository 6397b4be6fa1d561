package frl.ienline.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** CBS municipality code such as {@code GM0080}; the unit of data and access scoping. */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode>, java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid municipality code: " + value + " (expected GM followed by 4 digits)");
        }
    }

    public static MunicipalityCode of(String raw) {
        return new MunicipalityCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
