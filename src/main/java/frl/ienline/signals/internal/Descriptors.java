package frl.ienline.signals.internal;

/**
 * Minimal descriptors of a person concerned: all optional, short, stored encrypted as one value.
 *
 * @param apparentAge an estimate such as "18-21" or "under 18?"
 * @param language    language(s) spoken
 * @param description anything else needed to recognise the person again, as little as possible
 */
public record Descriptors(String apparentAge, String language, String description) {

    public Descriptors {
        apparentAge = Text.optional(apparentAge, 40, "Apparent age");
        language = Text.optional(language, 80, "Language");
        description = Text.optional(description, 500, "Description");
    }

    public boolean isEmpty() {
        return apparentAge == null && language == null && description == null;
    }

    /** One line per descriptor for the encrypted column; the order is the format. */
    String serialise() {
        return String.join("\u001f", nz(apparentAge), nz(language), nz(description));
    }

    static Descriptors deserialise(String value) {
        if (value == null) {
            return new Descriptors(null, null, null);
        }
        String[] parts = value.split("\u001f", -1);
        return new Descriptors(part(parts, 0), part(parts, 1), part(parts, 2));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isEmpty() ? parts[i] : null;
    }
}
