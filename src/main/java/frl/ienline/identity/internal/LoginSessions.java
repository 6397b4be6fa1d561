package frl.ienline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Puts a login step's authentication into the session: a new session id and a new CSRF token at every
 * step (password, then second factor), the context saved, the idle clock started. Also says where to go
 * once fully signed in: the staff page that sent the visitor to the login, else {@code /app}.
 */
class LoginSessions {

    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    LoginSessions(SessionAuthenticationStrategy sessionStrategy, SecurityContextRepository contexts,
            RequestCache requestCache, Clock clock) {
        this.sessionStrategy = sessionStrategy;
        this.contexts = contexts;
        this.requestCache = requestCache;
        this.clock = clock;
    }

    void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SessionPolicyFilter.LAST_SEEN, clock.instant());
    }

    /** The saved staff page (path and query only, never another host), else {@code /app}. */
    String targetAfterLogin(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved != null) {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path != null && (path.equals(request.getContextPath() + "/app")
                    || path.startsWith(request.getContextPath() + "/app/"))) {
                String target = path.substring(request.getContextPath().length());
                return uri.getRawQuery() == null ? target : target + "?" + uri.getRawQuery();
            }
        }
        return "/app";
    }

    void signOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
    }
}
