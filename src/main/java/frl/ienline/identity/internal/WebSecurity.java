package frl.ienline.identity.internal;

import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import frl.ienline.shared.SecurityHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one filter chain. Deny by default: public paths declared by modules ({@link PublicPaths}) and the
 * login steps are open; everything else needs a signed-in {@link Actor} (password and second factor);
 * user administration needs {@link Role#FUNCTIONAL_ADMIN}. Modules check roles and scope again in their
 * services. Headers (R5), CSRF (R10), sessions (R3, R4) and the answers to "no" (R1, R12) are set here.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    /** The steps of a login before the session is fully signed in. */
    static final String[] LOGIN_PATHS = {"/login", "/login/tweede-factor", "/login/tweede-factor/instellen"};

    /**
     * Hook for machine-to-machine POST endpoints under {@code /api/}: list them here to exempt them from CSRF.
     * Only for endpoints that authenticate every request with a token or signature and never with the
     * session cookie, or that are anonymous and change nothing: the public phone check is a POST only so
     * that the phone number travels in the body and not in a URL (M14).
     */
    static final String[] MACHINE_POST_PATHS = {"/api/v1/vergunningen/*/advertentienummer"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
            SecurityAnswers answers, CsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
            RequestCache requestCache, StaffUsers users, Clock clock, IdentityProperties properties,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
            @Value("${server.servlet.session.timeout:15m}") Duration idleTimeout,
            ObjectProvider<ClientRegistrationRepository> oidcRegistrations, ObjectProvider<OidcLogin> oidc,
            ApiTokens apiTokens, AccessRecorder recorder, frl.ienline.platform.ThrottleStore throttles,
            @Value("${ienline.identity.api-tokens.requests-per-hour:600}") int tokenRequestsPerHour) throws Exception {
        // Built here, not declared as a bean: Spring Boot would also register a Filter bean with the container.
        SessionPolicyFilter sessionPolicy = new SessionPolicyFilter(clock, properties.session().absoluteTimeout(),
                idleTimeout, properties.session().secondFactorTimeout(), users, contexts);
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN_PATHS).permitAll()
                        .requestMatchers(open).permitAll()
                        .requestMatchers("/app/beheer/**").hasRole(Role.FUNCTIONAL_ADMIN.name())
                        .anyRequest().access(signedInActor()))
                .csrf(csrf -> {
                    csrf.csrfTokenRepository(csrfTokens);
                    if (MACHINE_POST_PATHS.length > 0) {
                        csrf.ignoringRequestMatchers(MACHINE_POST_PATHS);
                    }
                    // a bearer token on the import API (ADR 0025): authenticated per request, never by cookie
                    csrf.ignoringRequestMatchers(ApiTokenFilter::tokenRequest);
                })
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd")
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies(sessionCookie))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(SecurityHeaders.HSTS_MAX_AGE.toSeconds())
                                .includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .addFilterAfter(sessionPolicy, SecurityContextHolderFilter.class)
                // after the session policy (same position, added later): a token request ignores the session
                .addFilterAfter(new ApiTokenFilter(apiTokens,
                        throttles.rateLimit("api-token", tokenRequestsPerHour, Duration.ofHours(1)), recorder, answers, clock), SecurityContextHolderFilter.class);
        ClientRegistrationRepository registrations = oidcRegistrations.getIfAvailable();
        if (registrations != null) {
            OidcLogin login = oidc.getObject();
            DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, "/oauth2/authorization");
            Optional.ofNullable(properties.oidc().acrValues()).filter(v -> !v.isBlank()).ifPresent(acr ->
                    resolver.setAuthorizationRequestCustomizer(request -> request.additionalParameters(
                            parameters -> parameters.put("acr_values", acr))));
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                    .successHandler(login.successHandler())
                    .failureHandler(login.failureHandler()));
        }
        return http.build();
    }

    /** Granted to a signed-in staff member: a principal that is an {@link Actor} (never a half-done login). */
    static AuthorizationManager<RequestAuthorizationContext> signedInActor() {
        return (authentication, context) -> {
            Authentication current = authentication.get();
            return new AuthorizationDecision(current != null && current.isAuthenticated()
                    && current.getPrincipal() instanceof Actor);
        };
    }

    /**
     * A request the firewall refuses (an encoded dot segment, {@code ;jsessionid=} …) is a plain 400 that goes
     * through the application's error page, which writes the security headers (D19); the default handler
     * rethrows it to the container instead.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    ApiTokens apiTokens(org.springframework.jdbc.core.simple.JdbcClient jdbc, AccessRecorder recorder, Clock clock) {
        return new ApiTokens(jdbc, recorder, clock);
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Remembers a staff page (GET under /app, not htmx) to return to after login. */
    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && request.getRequestURI().startsWith(request.getContextPath() + "/app"));
        return cache;
    }

    @Bean
    SecurityAnswers securityAnswers(AccessRecorder recorder, JsonMapper json) {
        return new SecurityAnswers(recorder, json);
    }

    @Bean
    LoginSessions loginSessions(CsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
            RequestCache requestCache, Clock clock) {
        SessionAuthenticationStrategy strategy = new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
        return new LoginSessions(strategy, contexts, requestCache, clock);
    }

    @Bean
    OidcLogin oidcLogin(IdentityProperties properties, ObjectProvider<ClientRegistrationRepository> registrations,
            StaffUsers users, AccountLinks links, LoginSessions sessions, AccessRecorder recorder,
            TransactionTemplate transactions, Clock clock) {
        return new OidcLogin(new OidcUserMapping(properties.oidc(), users::byOidc), registrations, users, links,
                sessions, recorder, transactions, clock);
    }
}
