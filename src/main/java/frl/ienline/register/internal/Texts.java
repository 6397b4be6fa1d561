package frl.ienline.register.internal;

/** Small text rules shared by the register's values. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        if (v.length() > max) {
            throw new IllegalArgumentException("The " + what + " is longer than " + max + " characters");
        }
        return v;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException("Longer than " + max + " characters");
        }
        return v;
    }
}
