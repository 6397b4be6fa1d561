package frl.ienline.identity.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OpenID Connect login, active only when {@code spring.security.oauth2.client.registration.*} is set. After
 * Spring Security has checked the ID token (signature, expiry, audience, nonce), {@link OidcUserMapping}
 * decides which local account the user becomes; a first login through a one-time binding link binds the
 * (issuer, subject) pair to the link's account. The session then holds an ordinary
 * {@link StaffAuthentication}. Logins, bindings and refusals are written to the access log.
 */
class OidcLogin {

    /** Session attribute: the id of a binding link the user followed before going to the provider. */
    static final String PENDING_BINDING = OidcLogin.class.getName() + ".pendingBinding";
    static final String REFUSED = "/login?oidc=geweigerd";

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final OidcUserMapping mapping;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final StaffUsers users;
    private final AccountLinks links;
    private final LoginSessions sessions;
    private final AccessRecorder recorder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OidcLogin(OidcUserMapping mapping, ObjectProvider<ClientRegistrationRepository> registrations, StaffUsers users,
            AccountLinks links, LoginSessions sessions, AccessRecorder recorder, TransactionTemplate transactions,
            Clock clock) {
        this.mapping = mapping;
        this.registrations = registrations;
        this.users = users;
        this.links = links;
        this.sessions = sessions;
        this.recorder = recorder;
        this.transactions = transactions;
        this.clock = clock;
    }

    OidcUserMapping mapping() {
        return mapping;
    }

    AuthenticationSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            if (!(authentication instanceof OAuth2AuthenticationToken token)
                    || !(token.getPrincipal() instanceof OidcUser idp)) {
                refuse(request, response, "not-openid-connect", null, null);
                return;
            }
            String registrationId = token.getAuthorizedClientRegistrationId();
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            ClientRegistration registration = repository == null ? null : repository.findByRegistrationId(registrationId);
            String registrationIssuer = registration == null ? null : registration.getProviderDetails().getIssuerUri();
            UUID linkId = takePendingBinding(request);
            Optional<OidcUserMapping.PendingBinding> pending = Optional.ofNullable(linkId)
                    .flatMap(id -> links.valid(id, AccountLinks.Purpose.IDP))
                    .flatMap(link -> users.byId(link.userId()).map(u -> new OidcUserMapping.PendingBinding(u, link.id())));
            if (linkId != null && pending.isEmpty()) {
                refuse(request, response, "link-invalid", null, registrationId);
                return;
            }
            switch (mapping.map(registrationId, registrationIssuer, idp.getIdToken().getClaims(), pending)) {
                case OidcUserMapping.Refused refused ->
                        refuse(request, response, refused.reason(), refused.accountId(), registrationId);
                case OidcUserMapping.Mapped mapped -> signIn(request, response, mapped.user(), registrationId, false);
                case OidcUserMapping.Bind bind -> {
                    if (bind(bind)) {
                        signIn(request, response, users.byId(bind.user().id()).orElseThrow(), registrationId, true);
                    } else {
                        refuse(request, response, "binding-failed", bind.user().id(), registrationId);
                    }
                }
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            takePendingBinding(request);
            refuse(request, response, "provider-login-failed", null, null);
        };
    }

    /** Uses the link and binds the identity in one transaction; false when either is no longer possible. */
    private boolean bind(OidcUserMapping.Bind bind) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!links.use(bind.linkId()) || !users.bindOidc(bind.user().id(), bind.identity(), clock.instant())) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            }));
        } catch (DuplicateKeyException boundMeanwhile) {
            return false;
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, StaffUser user, String registrationId,
            boolean bound) throws IOException {
        sessions.establish(new StaffAuthentication(user.principal(), clock.instant()), request, response);
        if (bound) {
            recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, user.id(), null, "oidc-bind:" + registrationId);
            log.info("User {} bound an OpenID Connect identity of registration {}", user.id(), registrationId);
        }
        recorder.allowed(Action.VIEW, "login", user.id(), null, "oidc-login:" + registrationId);
        log.info("User {} signed in through OpenID Connect registration {}", user.id(), registrationId);
        response.sendRedirect(request.getContextPath() + sessions.targetAfterLogin(request, response));
    }

    /** Ends the half-done login, logs the refusal (anonymous: nobody is signed in) and says so, without why. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason, UUID accountId,
            String registrationId) throws IOException {
        sessions.signOut(request);
        if (accountId != null) {
            recorder.denied(Action.VIEW, "login", accountId, "oidc-login-refused:" + reason);
        } else {
            recorder.denied(Action.VIEW, "oidc-registration", registrationId, "oidc-login-refused:" + reason);
        }
        log.info("OpenID Connect login through registration {} refused: {}", registrationId, reason);
        response.sendRedirect(request.getContextPath() + REFUSED);
    }

    private static UUID takePendingBinding(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object id = session.getAttribute(PENDING_BINDING);
        session.removeAttribute(PENDING_BINDING);
        return id instanceof UUID uuid ? uuid : null;
    }
}
