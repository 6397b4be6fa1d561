package frl.ienline.register.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reference of an application, e.g. {@code AV-7KQM-3XPD}: random (it reveals neither a count nor a
 * date), readable on the phone (no 0/O, 1/I/L), and the pseudonym of the application in the access log.
 */
public record ApplicationReference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("AV-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    public ApplicationReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("An application reference looks like AV-7KQM-3XPD");
        }
    }

    public static ApplicationReference of(String raw) {
        return new ApplicationReference(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    public static ApplicationReference random(SecureRandom random) {
        return new ApplicationReference("AV-" + chars(random, 4) + "-" + chars(random, 4));
    }

    static String chars(SecureRandom random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
