package frl.ienline.platform.web;

import frl.ienline.platform.logchain.ChainLock;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns exceptions into answers: RFC 9457 problem+json under {@code /api/}, an
 * accessible error page elsewhere. Never a stack trace, never the exception's message for a 500.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(InputRejected.class)
    Object inputRejected(InputRejected e, HttpServletRequest request, HttpServletResponse response) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("where", p.where(), "what", p.what())).toList();
        return answer(request, response, HttpStatus.BAD_REQUEST, "Invalid input",
                e.problems().size() == 1 ? e.problems().getFirst().where() + ": " + e.problems().getFirst().what()
                        : e.problems().size() + " problems in the input",
                Map.of("errors", errors));
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "Not found", "No such record", Map.of());
    }

    /** A throttle said no: 429 with {@code Retry-After}, and the wait on the page or in the problem. */
    @ExceptionHandler(TooManyRequests.class)
    Object tooManyRequests(TooManyRequests e, HttpServletRequest request, HttpServletResponse response) {
        long seconds = e.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return answer(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests; try again in " + seconds + " seconds", Map.of("retryAfter", seconds));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "Unreadable request body",
                UnreadableBody.describe(e), Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class})
    Object badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof MethodArgumentTypeMismatchException m ? "Invalid value for parameter '" + m.getName() + "'"
                : "Invalid input: " + ((BindException) e).getFieldErrors().stream()
                        .map(f -> f.getField() + " " + f.getDefaultMessage()).toList();
        return answer(request, response, HttpStatus.BAD_REQUEST, "Invalid input", detail, Map.of());
    }

    /** A log's chain lock held too long by another session: the access is refused, try again (ADR 0014). */
    @ExceptionHandler(ChainLock.Unavailable.class)
    Object logLocked(ChainLock.Unavailable e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Access log unavailable",
                "The access could not be logged in time; nothing was shown or changed. Try again shortly.", Map.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e; // Spring Security's entry point and access-denied handler answer these
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse error) { // Spring MVC's own: 404 no resource, 405, 415, ResponseStatusException …
            ProblemDetail body = error.getBody();
            return answer(request, response, error.getStatusCode(), body.getTitle(), body.getDetail(), Map.of());
        }
        log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getClass().getName(), e);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. The error has been logged.", Map.of());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String title,
            String detail, Map<String, Object> properties) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            properties.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", status.is5xxServerError() ? null : detail);
        page.addObject("errors", properties.getOrDefault("errors", List.of()));
        page.addObject("retryAfter", properties.get("retryAfter"));
        return page;
    }
}
