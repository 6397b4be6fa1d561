package frl.ienline.register.web;

import frl.ienline.register.internal.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Requests per client address per minute on the public register and its API; above it: 429. */
@Component
class VerificationRateLimit {

    private final RateLimiter limiter;
    private final int perMinute;

    VerificationRateLimit(RateLimiter limiter,
            @Value("${ienline.register.verification.requests-per-minute:300}") int perMinute) {
        this.limiter = limiter;
        this.perMinute = perMinute;
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        if (!limiter.tryAcquire("verify:" + request.getRemoteAddr(), perMinute, Duration.ofMinutes(1))) {
            response.setHeader("Retry-After", "60");
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again in a minute");
        }
    }
}
