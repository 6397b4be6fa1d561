package frl.ienline.platform.logchain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * The byte string a log entry's MAC is made over: a header line naming the log and the form's version,
 * then every field as {@code name "=" ( "null" / length ":" value ) LF}, length being the count of the
 * value's UTF-8 bytes. The length prefix makes the form injective (no value can imitate a field boundary)
 * and {@code null} differs from the empty string. Times are UTC with exactly six fraction digits, the
 * precision PostgreSQL keeps; UUIDs are lowercase.
 */
public final class CanonicalText {

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final StringBuilder form = new StringBuilder(320);

    private CanonicalText(String header) {
        if (header == null || header.isBlank() || header.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A canonical form starts with a one-line header");
        }
        form.append(header).append('\n');
    }

    /** A new form, e.g. {@code CanonicalText.header("ienline-access-log/v2")}. */
    public static CanonicalText header(String header) {
        return new CanonicalText(header);
    }

    public CanonicalText field(String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append("null");
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        form.append('\n');
        return this;
    }

    public CanonicalText field(String name, long value) {
        return field(name, Long.toString(value));
    }

    public CanonicalText field(String name, UUID value) {
        return field(name, value == null ? null : value.toString().toLowerCase(Locale.ROOT));
    }

    /** A time at microsecond precision; anything finer would not survive the round trip through PostgreSQL. */
    public CanonicalText field(String name, Instant value) {
        if (value != null && !storedPrecision(value).equals(value)) {
            throw new IllegalArgumentException(name + " must be at microsecond precision: " + value);
        }
        return field(name, value == null ? null : time(value));
    }

    /** A time as the form writes it, e.g. {@code 2025-03-01T09:15:00.123456Z}. */
    public static String time(Instant value) {
        return TIME.format(value);
    }

    public String text() {
        return form.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Time at the precision PostgreSQL stores, so that what is hashed is what can be read back. */
    public static Instant storedPrecision(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
