package frl.ienline.register.web;

import frl.ienline.platform.ClientKeys;
import frl.ienline.register.internal.PublicLookups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Requests per client per minute on the public register and its API; above it 429 with Retry-After. */
@Component
class VerificationRateLimit {

    private final PublicLookups lookups;
    private final ClientKeys clientKeys;

    VerificationRateLimit(PublicLookups lookups, ClientKeys clientKeys) {
        this.lookups = lookups;
        this.clientKeys = clientKeys;
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        lookups.request(clientKeys.of(request));
    }
}
