package frl.ienline.identity.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the filter chain says no. Not signed in: the login page (401 problem+json under {@code /api/}; for
 * htmx a 401 with {@code HX-Redirect}, so a fragment never swaps in the login page) — on staff paths only;
 * elsewhere the 404 page, since every public page is open to all. Password given but no
 * second factor yet: back to the second-factor step. Signed in but not allowed: one DENIED entry in the
 * access log — in the care compartment's own log when the path is walled or the actor works in care —
 * then the 403 page (problem+json under {@code /api/}).
 */
class SecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN = "/login";
    static final String SECOND_FACTOR = "/login/tweede-factor";

    private final AccessRecorder recorder;
    private final JsonMapper json;

    SecurityAnswers(AccessRecorder recorder, JsonMapper json) {
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (isApi(request)) {
            problem(request, response, HttpStatus.UNAUTHORIZED, "Sign in first");
            return;
        }
        if (!staffPath(request)) { // an unknown public address is not a door to the staff login (issue 17)
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        boolean expired = request.getAttribute(SessionPolicyFilter.EXPIRED) != null;
        redirect(request, response, expired ? LOGIN + "?verlopen" : LOGIN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingLogin
                && !(e instanceof CsrfException) && !isApi(request)) {
            redirect(request, response, SECOND_FACTOR);
            return;
        }
        if (e instanceof CsrfException && request.getAttribute(SessionPolicyFilter.EXPIRED) != null && !isApi(request)) {
            redirect(request, response, LOGIN + "?verlopen"); // the token went with the session this request ended
            return;
        }
        var actor = CurrentActor.get();
        if (actor.isPresent() && !(e instanceof AccessRefused)) { // AccessRefused: logged already
            String purpose = e instanceof CsrfException ? "csrf-protection" : "access-control";
            if (walled(request)) { // the care log only: not even the attempt crosses the wall (review L2)
                recorder.deniedOnCareSide(actor.get(), action(request.getMethod()), path(request), purpose);
            } else { // a care actor's refusal elsewhere is routed to the care log by the recorder itself
                recorder.denied(action(request.getMethod()), "page", loggablePath(request), purpose);
            }
        }
        if (isApi(request)) {
            problem(request, response, HttpStatus.FORBIDDEN, "Access denied");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    /**
     * The path as the enforcement-side access log may hold it. Paths of the walled care compartment are
     * cut to their prefix: not even the id of a care record may cross the wall into this log.
     */
    static String loggablePath(HttpServletRequest request) {
        String path = path(request);
        for (String walled : WALLED_PREFIXES) {
            if (path.equals(walled) || path.startsWith(walled + "/")) {
                return walled + "/…";
            }
        }
        return path;
    }

    /** Whether the request is for a path of the walled care compartment (staff pages or the portal). */
    static boolean walled(HttpServletRequest request) {
        return !loggablePath(request).equals(path(request));
    }

    /**
     * Whether the path belongs to the staff side, where a visitor who is not signed in is sent to the login.
     * Every public page is permitted to everyone, so any other address a visitor is refused does not exist
     * for them: they get the 404 page, not the staff login.
     */
    static boolean staffPath(HttpServletRequest request) {
        String path = path(request);
        for (String prefix : STAFF_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static final String[] STAFF_PREFIXES = {"/app", "/login", "/logout"};

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static final String[] WALLED_PREFIXES = {"/app/ondersteuning", "/portaal"};

    /** A full-page redirect; for htmx a 401 carrying {@code HX-Redirect} (htmx follows it as a page load). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String target = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("HX-Redirect", target);
            return;
        }
        response.sendRedirect(target);
    }

    void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Action action(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> Action.VIEW;
            case "DELETE" -> Action.DELETE;
            default -> Action.CHANGE;
        };
    }
}
