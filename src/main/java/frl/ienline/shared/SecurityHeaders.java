package frl.ienline.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every answer carries (R5), as values: the filter chain writes them on every
 * response it sees, and the error handling writes the same ones on answers the filter chain never saw
 * (requests rejected by the firewall or by Tomcat itself, errors raised outside a handler).
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " object-src 'none'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    private SecurityHeaders() {
    }

    /** Name → value of every header, HSTS only for a request that came over HTTPS. */
    public static Map<String, String> all(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Pragma", "no-cache");
        headers.put("Expires", "0");
        if (secure) {
            headers.put("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE.toSeconds() + " ; includeSubDomains");
        }
        return headers;
    }
}
