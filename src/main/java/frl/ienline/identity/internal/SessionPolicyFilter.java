package frl.ienline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session rules beyond the servlet container's idle timeout, measured with the injected clock:
 * a staff session ends 10 hours after login (absolute) or after 15 minutes without a request (idle); a
 * half-finished login ends when the second factor does not follow in time. A signed-in account is read
 * again on every request: disabled means signed out, changed roles or scope apply at once.
 * An ended session is invalidated and the request continues anonymously (so a staff page sends the
 * browser to the login page, with "your session has expired").
 */
class SessionPolicyFilter extends OncePerRequestFilter {

    static final String LAST_SEEN = SessionPolicyFilter.class.getName() + ".LAST_SEEN";
    static final String EXPIRED = SessionPolicyFilter.class.getName() + ".EXPIRED";

    private static final Logger log = LoggerFactory.getLogger(SessionPolicyFilter.class);

    private final Clock clock;
    private final Duration absoluteTimeout;
    private final Duration idleTimeout;
    private final Duration secondFactorTimeout;
    private final StaffUsers users;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionPolicyFilter(Clock clock, Duration absoluteTimeout, Duration idleTimeout, Duration secondFactorTimeout,
            StaffUsers users, SecurityContextRepository contexts) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
        this.idleTimeout = idleTimeout;
        this.secondFactorTimeout = secondFactorTimeout;
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = session == null ? null : holder.getContext().getAuthentication();
        Instant now = clock.instant();
        if (authentication instanceof StaffAuthentication staff) {
            check(staff, session, now, request, response);
        } else if (authentication instanceof PendingLogin pending
                && now.isAfter(pending.startedAt().plus(secondFactorTimeout))) {
            end(session, request, "second factor not given in time");
        }
        chain.doFilter(request, response);
    }

    private void check(StaffAuthentication staff, HttpSession session, Instant now, HttpServletRequest request,
            HttpServletResponse response) {
        Instant lastSeen = session.getAttribute(LAST_SEEN) instanceof Instant seen ? seen : staff.signedInAt();
        if (now.isAfter(staff.signedInAt().plus(absoluteTimeout))) {
            end(session, request, "absolute timeout");
            return;
        }
        if (now.isAfter(lastSeen.plus(idleTimeout))) {
            end(session, request, "idle timeout");
            return;
        }
        Optional<StaffUser> user = users.byId(staff.getPrincipal().id()).filter(StaffUser::enabled);
        if (user.isEmpty()) {
            end(session, request, "account disabled");
            return;
        }
        StaffPrincipal current = user.get().principal();
        if (!current.equals(staff.getPrincipal())) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(staff.refreshed(current));
            holder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        session.setAttribute(LAST_SEEN, now);
    }

    private void end(HttpSession session, HttpServletRequest request, String why) {
        log.info("Session ended: {}", why);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to end
        }
        holder.clearContext();
        request.setAttribute(EXPIRED, Boolean.TRUE);
    }
}
