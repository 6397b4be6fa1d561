package frl.ienline.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port ({@code management.server.port}, production: 8081): health groups for the
 * orchestrator's probes and the Prometheus metrics, for the cluster's network only, never published. Spring
 * Boot runs the application's security filter on it too; this chain answers every request that arrived on
 * that port without a login (a scraper has none). When management shares the application port (development,
 * tests) the chain never matches and only the status of {@code /actuator/health} is public.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(this::received)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
