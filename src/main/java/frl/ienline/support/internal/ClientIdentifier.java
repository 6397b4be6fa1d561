package frl.ienline.support.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Something that identifies a client in a report: a phone number, an e-mail address, a car plate or a
 * nickname. Normalised on creation, so equal identifiers have equal blind indexes; {@link #masked()}
 * gives the form that may appear in an alert — enough to warn, not to identify.
 */
public record ClientIdentifier(Kind kind, String value) {

    public enum Kind { PHONE, EMAIL, CAR_PLATE, NICKNAME }

    /** Mail providers so common that showing the domain does not narrow anyone down. */
    static final Set<String> COMMON_MAIL_DOMAINS = Set.of("gmail.com", "hotmail.com", "hotmail.nl", "outlook.com",
            "live.nl", "live.com", "icloud.com", "yahoo.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl",
            "protonmail.com", "proton.me", "gmx.net", "gmx.de");

    public ClientIdentifier {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("An identifier needs a kind and a value");
        }
        value = normalise(kind, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Empty " + kind);
        }
        switch (kind) {
            case PHONE -> {
                if (value.length() < 8 || value.length() > 15) {
                    throw new IllegalArgumentException("A phone number has 8 to 15 digits");
                }
            }
            case EMAIL -> {
                int at = value.indexOf('@');
                if (at < 1 || at != value.lastIndexOf('@') || at == value.length() - 1 || !value.substring(at).contains(".")) {
                    throw new IllegalArgumentException("Not an e-mail address");
                }
            }
            case CAR_PLATE -> {
                if (value.length() < 4 || value.length() > 10) {
                    throw new IllegalArgumentException("A car plate has 4 to 10 letters and digits");
                }
            }
            case NICKNAME -> {
                if (value.length() > 60) {
                    throw new IllegalArgumentException("A nickname has at most 60 characters");
                }
            }
        }
    }

    /**
     * Phone numbers become international digits without a plus ({@code 0612345678} → {@code 31612345678});
     * e-mail lower case; plates upper-case letters and digits; nicknames trimmed with single spaces.
     */
    static String normalise(Kind kind, String raw) {
        String s = raw.strip();
        return switch (kind) {
            case PHONE -> {
                String digits = s.replaceAll("[^0-9+]", "");
                if (digits.startsWith("+")) {
                    digits = digits.substring(1);
                } else if (digits.startsWith("00")) {
                    digits = digits.substring(2);
                } else if (digits.startsWith("0")) {
                    digits = "31" + digits.substring(1);
                }
                yield digits.replace("+", "");
            }
            case EMAIL -> s.toLowerCase(Locale.ROOT);
            case CAR_PLATE -> s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            case NICKNAME -> s.replaceAll("\\s+", " ");
        };
    }

    /** The form shown in alerts. */
    public String masked() {
        return switch (kind) {
            case PHONE -> maskPhone(value);
            case EMAIL -> maskEmail(value);
            case CAR_PLATE -> value.substring(0, 2) + "*".repeat(value.length() - 3) + value.substring(value.length() - 1);
            case NICKNAME -> maskNickname(value);
        };
    }

    /** Dutch numbers as {@code 06-12****78}: the 06 and two digits, then only the last two. */
    private static String maskPhone(String digits) {
        if (digits.startsWith("31") && digits.length() == 11) {
            String national = "0" + digits.substring(2);
            return national.substring(0, 2) + "-" + national.substring(2, 4) + "*".repeat(national.length() - 6)
                    + national.substring(national.length() - 2);
        }
        // foreign: country code hint (2 digits), then only the last two
        return "+" + digits.substring(0, 2) + " " + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
    }

    /** {@code j***n@gmail.com}; an uncommon domain is masked too ({@code j***n@k***.nl}). */
    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        String maskedLocal = local.length() <= 2 ? local.charAt(0) + "***"
                : local.charAt(0) + "***" + local.charAt(local.length() - 1);
        if (COMMON_MAIL_DOMAINS.contains(domain)) {
            return maskedLocal + "@" + domain;
        }
        int dot = domain.lastIndexOf('.');
        return maskedLocal + "@" + domain.charAt(0) + "***" + domain.substring(dot);
    }

    /** First letter of each word, the rest as stars ({@code Big Jan} → {@code B** J**}). */
    private static String maskNickname(String nickname) {
        StringBuilder out = new StringBuilder();
        for (String word : nickname.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int first = word.codePointAt(0);
            out.appendCodePoint(first).append("*".repeat(Math.max(2, word.codePointCount(0, word.length()) - 1)));
        }
        return out.toString();
    }
}
