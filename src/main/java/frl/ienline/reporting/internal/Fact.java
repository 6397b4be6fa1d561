package frl.ienline.reporting.internal;

import frl.ienline.shared.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One count derived from a published fact: on {@code day}, in {@code municipality} ({@code ""} when none
 * was named), {@code delta} more of {@code measure} with breakdown {@code dimension} ({@code ""} for none; the
 * number of days for a duration). {@code eventKey} identifies the event it came from, so a redelivered event
 * counts once; it is a hash, the statistics store keeps no ids.
 */
public record Fact(String eventKey, LocalDate day, String municipality, Measure measure, String dimension,
        int delta) {

    public Fact {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(measure, "measure");
        municipality = municipality == null ? "" : municipality;
        dimension = dimension == null ? "" : dimension;
        if (!eventKey.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("An event key is a 32-digit hex hash");
        }
        if (!municipality.isEmpty() && !municipality.matches("GM\\d{4}")) {
            throw new IllegalArgumentException("Not a municipality code: " + municipality);
        }
        if (delta == 0) {
            throw new IllegalArgumentException("A fact changes a count");
        }
        if (measure.kind() == Measure.Kind.CARE) {
            throw new IllegalArgumentException("Care figures are not kept per day");
        }
    }

    public static Fact of(String eventKey, LocalDate day, MunicipalityCode municipality, Measure measure,
            String dimension) {
        return new Fact(eventKey, day, municipality == null ? "" : municipality.value(), measure, dimension, 1);
    }

    public Fact withDelta(int newDelta) {
        return new Fact(eventKey, day, municipality, measure, dimension, newDelta);
    }

    public Fact on(LocalDate otherDay) {
        return new Fact(eventKey, otherDay, municipality, measure, dimension, delta);
    }

    /** The key of an event: a hash of its kind and its id (the id itself is not kept). */
    public static String key(String kind, Object id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
