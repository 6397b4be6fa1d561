package frl.ienline.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal that the refusing module has already written to the access log, naming the record it refused
 * (not just the page). The security layer answers it like any other refusal (403 page or problem+json)
 * but does not log it a second time: one refused request, one DENIED entry.
 */
public final class AccessRefused extends AccessDeniedException {

    public AccessRefused(String message) {
        super(message);
    }
}
