package frl.ienline.platform.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.Verdict;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every client's budget on the whole API under {@code /api/v1} (ADR 0025), keyed by the HMAC of its address
 * (R19): so every operation can answer 429 with {@code Retry-After}, as the document says, also those whose
 * module keeps no budget of its own (the rulebook, the document itself). Set well above the modules' own
 * budgets. Paths whose module already counts every request (the register's verification, the open data, the
 * import API with its token budget) are left to that module: one counter per request on the hot path, not
 * two. A request with a bearer token has the token's budget instead (identity).
 */
final class PublicApiBudget extends OncePerRequestFilter {

    private final RateLimit perClient;
    private final ClientKeys clientKeys;
    private final java.util.List<String> ownBudgets;

    /** {@code ownBudgets}: path prefixes whose module counts every request itself (no second counter there). */
    PublicApiBudget(RateLimit perClient, ClientKeys clientKeys, java.util.List<String> ownBudgets) {
        this.perClient = perClient;
        this.clientKeys = clientKeys;
        this.ownBudgets = java.util.List.copyOf(ownBudgets);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        return !(path.equals(ApiDocument.PREFIX) || path.startsWith(ApiDocument.PREFIX + "/"))
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))
                || ownBudgets.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Verdict verdict = perClient.acquire(clientKeys.of(request));
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = verdict.retryAfterSeconds();
        response.setStatus(429);
        response.setHeader(ApiDocument.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many requests; try again in " + seconds + " seconds\"}");
    }
}
