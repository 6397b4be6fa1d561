package frl.ienline.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the portal's public forms (sign-up, member login, objection): at most N posts per minute per
 * client and form, then 429. The client address is only a key in memory for the current minute; it is
 * never stored or logged (R19). Runs before the security filters, so it also covers the login.
 */
@Configuration(proxyBeanMethods = false)
class PortalRateLimit {

    static final Set<String> LIMITED = Set.of("/portaal/aanmelden", "/portaal/inloggen", "/portaal/bezwaar");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalRateLimitFilter(Clock clock,
            @Value("${ienline.support.rate-limit.per-minute:20}") int perMinute) {
        var filter = new OncePerRequestFilter() {
            private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
            private volatile long minute = -1;

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                        || !LIMITED.contains(request.getRequestURI().substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long now = clock.millis() / 60_000;
                if (now != minute) {
                    counts.clear();
                    minute = now;
                }
                String key = request.getRequestURI() + "|" + request.getRemoteAddr();
                if (counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > perMinute) {
                    response.setStatus(429);
                    response.setHeader("Retry-After", "60");
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("Te veel pogingen. Wacht een minuut. / Too many attempts. Wait a minute.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/portaal/*");
        registration.setOrder(-200);
        return registration;
    }
}
