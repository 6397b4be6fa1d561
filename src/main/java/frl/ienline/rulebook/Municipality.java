package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the Frisian municipalities as the rulebook knows it.
 *
 * @param code               CBS code, e.g. {@code GM0080}
 * @param name               official name with diacritics, e.g. {@code Súdwest-Fryslân}
 * @param otherNames         other spellings the municipality is known by (Frisian, former names)
 * @param competentAuthority who decides on licences for sex businesses
 * @param notificationEmail  functional mailbox for notifications from ienline; an address on the reserved
 *                           {@code .example} domain is a placeholder (see {@link #notificationEmailIsExample()})
 */
public record Municipality(MunicipalityCode code, String name, List<String> otherNames,
        CompetentAuthority competentAuthority, String notificationEmail) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(competentAuthority, "competentAuthority");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A municipality needs a name");
        }
        if (notificationEmail == null || !EMAIL.matcher(notificationEmail).matches()) {
            throw new IllegalArgumentException("Invalid notification e-mail address: " + notificationEmail);
        }
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    /** True for a placeholder address on the reserved {@code .example} domain (RFC 2606). */
    public boolean notificationEmailIsExample() {
        return notificationEmail.toLowerCase(Locale.ROOT).endsWith(".example");
    }
}
