package frl.ienline.signals;

import java.util.regex.Pattern;

/**
 * The reference of a signal, e.g. {@code SIG-7KQ3M9PX}: what staff, recipients and the anonymous reporter
 * quote, and the subject pseudonym in the access log. Random, so it reveals neither date nor sequence.
 */
public record SignalReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("SIG-[0-9A-HJKMNP-TV-Z]{8}");

    public SignalReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid signal reference (expected SIG- and 8 characters)");
        }
    }

    public static SignalReference of(String raw) {
        return new SignalReference(raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
