package frl.ienline.identity.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * OpenID Connect login, active only when {@code spring.security.oauth2.client.registration.*} is set. The
 * IdP user becomes the local staff account {@link OidcUserMapping} finds; the session then holds an ordinary
 * {@link StaffAuthentication}, so every module sees the same {@link StaffPrincipal} as after a local login.
 */
class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final OidcUserMapping mapping;
    private final LoginSessions sessions;
    private final Clock clock;
    private final OidcUserService delegate = new OidcUserService();

    OidcLogin(OidcUserMapping mapping, LoginSessions sessions, Clock clock) {
        this.mapping = mapping;
        this.sessions = sessions;
        this.clock = clock;
    }

    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return switch (mapping.map(user.getIdToken().getClaims(), user.getClaims())) {
                case OidcUserMapping.Mapped mapped -> new MappedOidcUser(user, mapped.user());
                case OidcUserMapping.Refused refused -> {
                    log.info("OpenID Connect login refused: {}", refused.reason());
                    throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", refused.reason(), null));
                }
            };
        };
    }

    AuthenticationSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof MappedOidcUser mapped)) {
                sessions.signOut(request);
                response.sendRedirect(request.getContextPath() + "/login?oidc=geweigerd");
                return;
            }
            sessions.establish(new StaffAuthentication(mapped.staff().principal(), clock.instant()), request, response);
            log.info("User {} signed in through OpenID Connect", mapped.staff().id());
            response.sendRedirect(request.getContextPath() + sessions.targetAfterLogin(request, response));
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?oidc=geweigerd");
    }

    /** The IdP's user with the local account it maps to; lives only until the success handler replaces it. */
    record MappedOidcUser(OidcUser idp, StaffUser staff) implements OidcUser {

        @Override
        public Map<String, Object> getClaims() {
            return idp.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return idp.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return idp.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return idp.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return idp.getAuthorities();
        }

        @Override
        public String getName() {
            return staff.username().value();
        }
    }
}
