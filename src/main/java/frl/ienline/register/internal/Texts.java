package frl.ienline.register.internal;

/** Small text rules shared by the register's values. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new TextRejected(TextRejected.Problem.REQUIRED, what, max);
        }
        if (v.length() > max) {
            throw new TextRejected(TextRejected.Problem.TOO_LONG, what, max);
        }
        return v;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new TextRejected(TextRejected.Problem.TOO_LONG, "text", max);
        }
        return v;
    }
}
