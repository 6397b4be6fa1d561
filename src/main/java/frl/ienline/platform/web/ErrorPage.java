package frl.ienline.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}): what a filter or the firewall refused ({@code sendError}) and
 * what a filter threw ({@link FilterFailures} logged it already). Same answers as {@link ErrorHandling}, and
 * the security headers set here, because the filter chain does not write headers on an error dispatch (D19).
 */
@Controller
class ErrorPage implements ErrorController {

    private final ErrorAnswers answers;

    ErrorPage(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        ErrorAnswers.writeSecurityHeaders(request, response);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND // asked for directly: there is no such page
                : code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        boolean api = ErrorAnswers.isApi(path, request);
        Throwable exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        String id = request.getAttribute(FilterFailures.ERROR_ID) instanceof String logged ? logged : null;
        if (status.is5xxServerError()) {
            id = id != null ? id : answers.unexpected(exception, request);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = !api ? null : status.is5xxServerError()
                ? "Something went wrong on our side. The error has been logged." : status.getReasonPhrase();
        return answers.answer(request, response, api, path, status, status.getReasonPhrase(), detail, List.of(), id);
    }
}
