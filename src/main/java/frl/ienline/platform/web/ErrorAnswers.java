package frl.ienline.platform.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every error is answered, whether a handler raised it ({@link ErrorHandling}) or the container
 * dispatched it ({@link ErrorPage}): problem+json under {@code /api/}, the error page elsewhere. An
 * unexpected error gets a correlation id, shown to the user and logged with the exception classes and
 * stack frames, never with exception messages: those can carry values ({@code DETAIL: Key (name)=(…)}).
 */
@Component
class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final char[] ID_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int FRAMES_PER_CAUSE = 12;

    private final MessageSource messages;
    private final SecureRandom random = new SecureRandom();

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    static boolean isApi(String path, HttpServletRequest request) {
        return path != null && path.startsWith(request.getContextPath() + "/api/");
    }

    /** Logs an unexpected error under a new correlation id and returns the id. */
    String unexpected(Throwable e, HttpServletRequest request) {
        String id = newId();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        log.error("Unexpected error {} on {} {}: {}", id, request.getMethod(), pattern == null ? "(no handler)" : pattern,
                describe(e));
        return id;
    }

    /** The exception classes of the cause chain with SQL states and stack frames: no message, hence no value. */
    static String describe(Throwable e) {
        if (e == null) {
            return "(no exception)";
        }
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            out.append(t == e ? "" : "\ncaused by ").append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                out.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
        }
        return out.toString();
    }

    /**
     * The answer; {@code problems} say what is wrong where, their {@code what} a message key or a sentence. A
     * {@code null} detail is made from the problems.
     */
    Object answer(HttpServletRequest request, HttpServletResponse response, boolean api, String instance,
            HttpStatusCode status, String title, String detail, List<InputRejected.Problem> problems, String errorId) {
        return answer(request, response, api, instance, status, title, detail, problems, errorId, null);
    }

    /** As above, for a throttle's refusal: {@code retryAfter} seconds in the problem and on the page. */
    Object answer(HttpServletRequest request, HttpServletResponse response, boolean api, String instance,
            HttpStatusCode status, String title, String detail, List<InputRejected.Problem> problems, String errorId,
            Long retryAfter) {
        Locale locale = api ? Locale.ENGLISH : LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = problems.stream()
                .map(p -> Map.of("where", p.where(), "what", messages.getMessage(p.what(), null, p.what(), locale)))
                .toList();
        if (detail == null) {
            detail = errors.size() == 1 ? errors.getFirst().get("where") + ": " + errors.getFirst().get("what")
                    : errors.size() + " problems in the input";
        }
        if (api) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(instance));
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            if (errorId != null) {
                problem.setProperty("correlationId", errorId);
            }
            if (retryAfter != null) {
                problem.setProperty("retryAfter", retryAfter);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", status.is5xxServerError() ? null : detail);
        page.addObject("errors", errors);
        page.addObject("errorId", errorId);
        page.addObject("retryAfter", retryAfter);
        return page;
    }

    /** The security headers, for answers the filter chain never saw (error dispatches, firewall refusals). */
    static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.all(request.isSecure()).forEach(response::setHeader);
    }

    private String newId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }
}
