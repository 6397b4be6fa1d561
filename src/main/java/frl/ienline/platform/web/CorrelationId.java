package frl.ienline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One correlation id per request, in the logging MDC under {@value #MDC_KEY} for every line logged while
 * the request runs (the JSON logs carry it as a field) and in a request attribute, so the error dispatch
 * and the error answer use the same id. Made here, never taken from a request header: a client cannot
 * plant ids in the logs. Ten characters without look-alikes (no 0/O, 1/I/L), easy to read out on the phone.
 */
public final class CorrelationId extends OncePerRequestFilter {

    public static final String MDC_KEY = "correlationId";
    static final String ATTRIBUTE = CorrelationId.class.getName();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The id of this request (made on first use outside the filter, e.g. in a test without it). */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String existing) {
            return existing;
        }
        String fresh = newId();
        request.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    static String newId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page logs under the id of the request that failed
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
