package frl.ienline.adintel.internal.read;

/**
 * Masks identifiers for screens and roles that may know that an identifier exists and ties ads together,
 * but not what it is: enough characters stay to tell two masked values apart at a glance, never enough to
 * call or mail anyone.
 */
public final class IdentifierMask {

    static final char DOT = '•';

    private IdentifierMask() {
    }

    /** {@code +31612345678} → {@code +316••••••78}. */
    public static String phone(String e164) {
        if (e164 == null || e164.length() < 7) {
            return dots(e164 == null ? 4 : e164.length());
        }
        int keepStart = e164.startsWith("+31") ? 4 : 3;
        return e164.substring(0, keepStart) + dots(e164.length() - keepStart - 2) + e164.substring(e164.length() - 2);
    }

    /** {@code anna.b@mail.nl} → {@code a•••@mail.nl}. */
    public static String email(String address) {
        if (address == null) {
            return dots(4);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return dots(Math.max(4, address.length()));
        }
        return address.charAt(0) + dots(3) + address.substring(at);
    }

    /** {@code telegram:anna_23} → {@code telegram:a•••}. */
    public static String handle(String handle) {
        if (handle == null || handle.isEmpty()) {
            return dots(4);
        }
        int colon = handle.indexOf(':');
        String platform = colon >= 0 ? handle.substring(0, colon + 1) : "";
        String name = colon >= 0 ? handle.substring(colon + 1) : handle;
        return platform + (name.isEmpty() ? "" : name.substring(0, 1)) + dots(3);
    }

    /** An image hash is no personal data on its own; its first 12 hex digits are enough to tell images apart. */
    public static String image(String sha256) {
        return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
    }

    /** A value of the given entity kind ({@code PHONE}, {@code EMAIL}, {@code HANDLE} …) masked; other kinds unchanged. */
    public static String mask(String kind, String value) {
        return switch (kind) {
            case "PHONE" -> phone(value);
            case "EMAIL" -> email(value);
            case "HANDLE" -> handle(value);
            case "IMAGE", "SIMILAR_IMAGE" -> image(value);
            default -> value;
        };
    }

    /** A value as a limited viewer sees it: identifiers masked, a URL reduced to its host. */
    public static String limited(String kind, String value) {
        if (kind.equals("URL")) {
            try {
                String host = java.net.URI.create(value).getHost();
                return host == null ? dots(4) : host;
            } catch (IllegalArgumentException e) {
                return dots(4);
            }
        }
        return isIdentifier(kind) ? mask(kind, value) : value;
    }

    /** True for the kinds that identify a person and are shown only to roles that need them. */
    public static boolean isIdentifier(String kind) {
        return kind.equals("PHONE") || kind.equals("EMAIL") || kind.equals("HANDLE");
    }

    private static String dots(int n) {
        return String.valueOf(DOT).repeat(Math.max(3, n));
    }
}
