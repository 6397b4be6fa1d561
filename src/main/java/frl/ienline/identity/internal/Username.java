package frl.ienline.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: lower case letters, digits, dot, hyphen, underscore; 3 to 64 characters. */
record Username(String value) {

    static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid user name (3-64 of a-z 0-9 . _ -, starting with a letter or digit)");
        }
    }

    static Username of(String raw) {
        return new Username(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isValid(String raw) {
        return raw != null && FORMAT.matcher(raw.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
