package frl.ienline.register.internal;

import java.util.regex.Pattern;

/** A Kamer van Koophandel registration number: eight digits. */
public record KvkNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}");

    public KvkNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A KvK number has eight digits");
        }
    }

    public static KvkNumber of(String raw) {
        return new KvkNumber(raw == null ? null : raw.replaceAll("[\\s.]", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
