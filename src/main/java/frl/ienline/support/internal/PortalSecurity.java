package frl.ienline.support.internal;

import frl.ienline.platform.ClientKeys;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The portal's own filter chain for {@code /portaal/**}, ahead of the staff chain: public pages for
 * everyone, {@code /portaal/mijn/**} for signed-in members. Members sign in with working name and
 * password (Argon2id) on the portal's own login page; their security context is kept under its own
 * session attribute, so the staff chain never sees a member and no staff login carries into the portal.
 * The headers are the staff chain's (CSP without inline script, frame-ancestors 'none', …).
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurity {

    /** Same policy as the staff chain (identity's WebSecurity): nothing from other hosts, no inline script. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " object-src 'none'";

    static final String MEMBER_CONTEXT = "IENLINE_MEMBER_SECURITY_CONTEXT";
    /** Where a throttled login is forwarded to, and the request attribute with the seconds to wait. */
    public static final String WAIT_PAGE = "/portaal/inloggen/wachten";
    public static final String RETRY_AFTER = PortalSecurity.class.getName() + ".RETRY_AFTER";

    @Bean
    @Order(10)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, Members members, PortalThrottles throttles,
            ClientKeys clientKeys) throws Exception {
        UserDetailsService accounts = name -> members.credentials(name)
                .map(c -> new MemberPrincipal(c.id(), c.workingName(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(members.passwordEncoder());
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(MEMBER_CONTEXT);
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("IENLINE_MEMBER_SAVED_REQUEST");
        requests.setMatchingRequestParameterName(null);
        http.securityMatcher("/portaal/**")
                .authenticationManager(new ProviderManager(new PortalAuthentication(provider, throttles)))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/portaal/mijn", "/portaal/mijn/**")
                        .hasAuthority(MemberPrincipal.AUTHORITY).anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/portaal/inloggen").loginProcessingUrl("/portaal/inloggen")
                        .usernameParameter("workingName").passwordParameter("password")
                        .authenticationDetailsSource(request -> new PortalAuthentication.Client(clientKeys.of(request)))
                        .defaultSuccessUrl("/portaal/mijn", false).failureHandler(PortalSecurity::loginFailed).permitAll())
                .logout(logout -> logout.logoutUrl("/portaal/uitloggen").logoutSuccessUrl("/portaal?uitgelogd")
                        .invalidateHttpSession(true).deleteCookies("IENLINE_SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(java.time.Duration.ofDays(365).toSeconds())
                                .includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        return http.build();
    }

    /** A wrong password goes back to the form; a throttled attempt gets 429 and the form with the wait. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof PortalAuthentication.Throttled throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            request.setAttribute(RETRY_AFTER, seconds);
            request.getRequestDispatcher(WAIT_PAGE).forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/portaal/inloggen?fout");
    }
}
