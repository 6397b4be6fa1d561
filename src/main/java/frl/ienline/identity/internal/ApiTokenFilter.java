package frl.ienline.identity.internal;

import frl.ienline.platform.RateLimit;
import frl.ienline.platform.Verdict;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.ApiClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on the ad import API only (ADR 0025): {@code POST} of an import and
 * {@code GET} of one. A valid token makes its {@link ApiClient} the actor of this one request (never stored in a
 * session); a revoked, expired or unknown token is a 401 problem+json, logged. Anywhere else a bearer token is
 * not looked at, so it reaches nothing a session would not: the public paths stay public, the rest asks to
 * sign in. Each token has a request budget ({@code ienline.identity.api-tokens.requests-per-hour}); above it
 * a 429 with Retry-After. The token's value is neither logged nor kept.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Pattern IMPORT = Pattern.compile(Pattern.quote(ApiClient.IMPORT_API)
            + "(/[0-9a-fA-F-]{36})?");

    private final ApiTokens tokens;
    private final RateLimit perToken;
    private final AccessRecorder recorder;
    private final SecurityAnswers answers;
    private final Clock clock;

    ApiTokenFilter(ApiTokens tokens, RateLimit perToken, AccessRecorder recorder, SecurityAnswers answers,
            Clock clock) {
        this.tokens = tokens;
        this.perToken = perToken;
        this.recorder = recorder;
        this.answers = answers;
        this.clock = clock;
    }

    /** Whether this request is one a token may make and carries one: CSRF does not apply to it. */
    static boolean tokenRequest(HttpServletRequest request) {
        return bearer(request).isPresent() && coveredPath(request);
    }

    private static boolean coveredPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("POST".equals(request.getMethod()) && path.equals(ApiClient.IMPORT_API))
                || ("GET".equals(request.getMethod()) && IMPORT.matcher(path).matches() && !path.equals(ApiClient.IMPORT_API));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !tokenRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiTokens.ApiToken> token = tokens.byValue(bearer(request).orElseThrow());
        Action action = "GET".equals(request.getMethod()) ? Action.VIEW : Action.CREATE;
        SecurityContext before = SecurityContextHolder.getContext();
        if (token.isEmpty()) {
            SecurityContextHolder.clearContext(); // logged as anonymous, even with a session cookie
            try {
                recorder.denied(action, "ad-import", null, "api-token-unknown");
            } finally {
                SecurityContextHolder.setContext(before);
            }
            answers.problem(request, response, HttpStatus.UNAUTHORIZED, "Unknown API token");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(ApiTokens.client(token.get())));
        SecurityContextHolder.setContext(context);
        try {
            if (!token.get().validAt(clock.instant())) {
                String why = token.get().revokedAt() != null ? "revoked" : "expired";
                recorder.denied(action, "ad-import", null, "api-token-" + why);
                answers.problem(request, response, HttpStatus.UNAUTHORIZED, "The API token was " + why);
                return;
            }
            Verdict verdict = perToken.acquire(token.get().id().toString());
            if (!verdict.allowed()) {
                recorder.denied(action, "ad-import", null, "api-token-rate-limit");
                response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
                answers.problem(request, response, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests with this API token; try again in " + verdict.retryAfterSeconds() + " seconds");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The token client as Spring Security's authentication: authenticated, no authorities, no credentials kept. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiTokens.TokenClient client;

        TokenAuthentication(ApiTokens.TokenClient client) {
            super(java.util.List.of());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return client;
        }
    }
}
