package frl.ienline.supervision.internal;

import java.util.Objects;

/**
 * One reason that adds to a lead's score, so the ranking explains itself ("no licence number: +40").
 *
 * @param code   stable code, shown through the message {@code supervision.reason.<code>}
 * @param detail optional detail such as an indicator code
 */
public record ScoreReason(String code, String detail, int points) {

    public ScoreReason {
        if (code == null || !code.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A reason code is written LIKE_THIS, not " + code);
        }
        if (detail != null && !detail.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("A reason detail is a code, not free text");
        }
    }

    /** The count a reason such as {@code ADS:N3} carries (3), or {@code null}. */
    public Integer count() {
        return detail != null && detail.matches("N[0-9]{1,6}") ? Integer.valueOf(detail.substring(1)) : null;
    }

    /** Stored as {@code CODE:DETAIL:POINTS}. */
    public String stored() {
        return code + ":" + Objects.toString(detail, "") + ":" + points;
    }

    public static ScoreReason parse(String stored) {
        String[] parts = stored.split(":", -1);
        return new ScoreReason(parts[0], parts[1].isEmpty() ? null : parts[1], Integer.parseInt(parts[2]));
    }
}
