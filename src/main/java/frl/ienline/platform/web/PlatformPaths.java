package frl.ienline.platform.web;

import frl.ienline.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformPaths {

    @Bean
    PublicPaths platformPublicPaths() {
        return PublicPaths.of("/", "/privacy", "/toegankelijkheid", "/error", "/css/**", "/img/**", "/js/**",
                "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/.well-known/security.txt", "/api/v1/openapi.json",
                "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/swagger-ui/**",
                "/api/v1/swagger-ui/**"); // springdoc serves its UI under the docs path's prefix (issue 17)
    }
}
