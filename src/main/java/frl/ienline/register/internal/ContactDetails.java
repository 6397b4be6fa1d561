package frl.ienline.register.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach an applicant or licence holder: the postal address (for an escort business without premises its
 * correspondence address), an e-mail address for notices and a phone number (E.164, libphonenumber via
 * {@link AdPhoneNumber}). Online both e-mail and phone are required (notices go by e-mail); a paper application
 * may have neither ({@code null}: its notices go by post). Stored encrypted ({@link ApplicantContacts}); never in
 * an event or a log.
 */
public record ContactDetails(Address postalAddress, String email, AdPhoneNumber phone) {

    /** Deliberately plain: one @, a dot in the domain, no spaces, at most 254 characters (RFC 5321 path). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\\.)+[A-Za-z]{2,63}");

    public ContactDetails {
        Objects.requireNonNull(postalAddress, "postal address");
        email = email == null ? null : email(email);
    }

    /** The e-mail address normalised (trimmed, domain in lower case) or an {@link IllegalArgumentException}. */
    public static String email(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > 254 || !EMAIL.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("Not an e-mail address like naam@voorbeeld.nl");
        }
        int at = value.lastIndexOf('@');
        return value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }
}
