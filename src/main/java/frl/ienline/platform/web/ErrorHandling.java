package frl.ienline.platform.web;

import frl.ienline.platform.logchain.ChainLock;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MultipartException;

/**
 * One place that turns exceptions into answers: RFC 9457 problem+json under {@code /api/}, an
 * accessible error page elsewhere. Never a stack trace, never the exception's message for a 500. Whatever
 * the binder or a converter cannot make of the input is the input's fault: 400, naming the field.
 */
@ControllerAdvice
class ErrorHandling {

    /** Indexed form fields ({@code managerName[99999]}) grow a list up to here and are refused beyond. */
    static final int MAX_INDEXED_FIELDS = 16;

    static final String UNUSABLE = "platform.input.unusable";

    private final ErrorAnswers answers;

    ErrorHandling(ErrorAnswers answers) {
        this.answers = answers;
    }

    @InitBinder
    void limitIndexedFields(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_INDEXED_FIELDS);
    }

    @ExceptionHandler(InputRejected.class)
    Object inputRejected(InputRejected e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "Invalid input", null, e.problems());
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "Not found", "No such record", List.of());
    }

    /** A throttle said no: 429 with {@code Retry-After}, and the wait on the page or in the problem. */
    @ExceptionHandler(TooManyRequests.class)
    Object tooManyRequests(TooManyRequests e, HttpServletRequest request, HttpServletResponse response) {
        long seconds = e.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return answers.answer(request, response, ErrorAnswers.isApi(request.getRequestURI(), request),
                request.getRequestURI(), HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests; try again in " + seconds + " seconds", List.of(), null, seconds);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "Unreadable request body", UnreadableBody.describe(e),
                List.of());
    }

    /** The binder or a converter could not use a value: a bad index, a wrong type, an unconvertible text. */
    @ExceptionHandler({TypeMismatchException.class, BindException.class, InvalidPropertyException.class,
            ConversionFailedException.class, MultipartException.class})
    Object badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse) { // 413 too large, an invalid @Valid argument: Spring MVC says what it is
            return unexpected(e, request, response);
        }
        List<InputRejected.Problem> problems = switch (e) {
            case BindException bind -> bind.getFieldErrors().stream()
                    .map(f -> new InputRejected.Problem(f.getField(), UNUSABLE)).distinct().toList();
            case TypeMismatchException mismatch -> List.of(new InputRejected.Problem(
                    mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName(), UNUSABLE));
            case InvalidPropertyException invalid -> List.of(new InputRejected.Problem(invalid.getPropertyName(), UNUSABLE));
            default -> List.of(new InputRejected.Problem("request", UNUSABLE));
        };
        return answer(request, response, HttpStatus.BAD_REQUEST, "Invalid input",
                "Invalid value for " + problems.stream().map(InputRejected.Problem::where).toList(), problems);
    }

    /** A log's chain lock held too long by another session: the access is refused, try again (ADR 0014). */
    @ExceptionHandler(ChainLock.Unavailable.class)
    Object logLocked(ChainLock.Unavailable e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Access log unavailable",
                "The access could not be logged in time; nothing was shown or changed. Try again shortly.", List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e; // Spring Security's entry point and access-denied handler answer these
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse error) { // Spring MVC's own: 404 no resource, 405, 415, ResponseStatusException …
            ProblemDetail body = error.getBody();
            return answer(request, response, error.getStatusCode(), body.getTitle(), body.getDetail(), List.of());
        }
        String id = answers.unexpected(e, request);
        return answers.answer(request, response, ErrorAnswers.isApi(request.getRequestURI(), request),
                request.getRequestURI(), HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. The error has been logged.", List.of(), id);
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String title,
            String detail, List<InputRejected.Problem> problems) {
        return answers.answer(request, response, ErrorAnswers.isApi(request.getRequestURI(), request),
                request.getRequestURI(), status, title, detail, problems, null);
    }
}
