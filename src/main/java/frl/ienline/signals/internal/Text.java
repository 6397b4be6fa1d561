package frl.ienline.signals.internal;

/** Small guards for free text: trimmed, blank as null, bounded length, no control characters. */
final class Text {

    private Text() {
    }

    static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(what + " contains control characters");
        }
        return stripped;
    }

    static String required(String value, int max, String what) {
        String result = optional(value, max, what);
        if (result == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return result;
    }
}
