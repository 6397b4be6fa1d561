package frl.ienline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability, as SECURITY.md says. The
 * expiry comes from configuration: a fixed date ({@code ienline.security-txt.expires}, ISO 8601), which the
 * operator renews when reviewing the contact, or else a period from now ({@code expires-after}, default
 * 180 days). A fixed date in the past is still served — RFC 9116 tells readers to treat the file as stale —
 * and logged at start-up, so it is noticed.
 */
@RestController
class SecurityTxt {

    private static final Logger log = LoggerFactory.getLogger(SecurityTxt.class);
    static final MediaType TEXT_UTF8 = MediaType.parseMediaType("text/plain;charset=utf-8");

    private final Clock clock;
    private final String contact;
    private final Instant expires;
    private final Duration expiresAfter;
    private final String policy;
    private final String languages;

    SecurityTxt(Clock clock,
            @Value("${ienline.security-txt.contact:mailto:security@ienline.example}") String contact,
            @Value("${ienline.security-txt.expires:}") String expires,
            @Value("${ienline.security-txt.expires-after:P180D}") Duration expiresAfter,
            @Value("${ienline.security-txt.policy:}") String policy,
            @Value("${ienline.security-txt.preferred-languages:nl, en}") String languages) {
        this.clock = clock;
        this.contact = URI.create(contact.strip()).toString();
        this.expires = expires.isBlank() ? null : parse(expires.strip());
        this.expiresAfter = expiresAfter;
        this.policy = policy.strip();
        this.languages = languages.strip();
        if (this.expires != null && this.expires.isBefore(clock.instant())) {
            log.warn("ienline.security-txt.expires ({}) has passed: /.well-known/security.txt is stale, renew it", expires);
        }
    }

    private static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ienline.security-txt.expires: not an ISO 8601 date-time with offset,"
                    + " e.g. 2027-06-30T00:00:00Z: " + value, e);
        }
    }

    @GetMapping("/.well-known/security.txt")
    ResponseEntity<String> securityTxt(HttpServletRequest request) {
        Instant until = expires != null ? expires : clock.instant().plus(expiresAfter).truncatedTo(ChronoUnit.DAYS);
        String canonical = ServletUriComponentsBuilder.fromContextPath(request).path("/.well-known/security.txt")
                .toUriString();
        StringBuilder body = new StringBuilder()
                .append("Contact: ").append(contact).append('\n')
                .append("Expires: ").append(DateTimeFormatter.ISO_INSTANT.format(until)).append('\n')
                .append("Preferred-Languages: ").append(languages).append('\n')
                .append("Canonical: ").append(canonical).append('\n');
        if (!policy.isEmpty()) {
            body.append("Policy: ").append(policy).append('\n');
        }
        return ResponseEntity.ok().contentType(TEXT_UTF8).body(body.toString());
    }
}
