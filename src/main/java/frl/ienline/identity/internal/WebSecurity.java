package frl.ienline.identity.internal;

import frl.ienline.shared.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The one filter chain: public paths declared by modules, everything else for signed-in staff. */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
