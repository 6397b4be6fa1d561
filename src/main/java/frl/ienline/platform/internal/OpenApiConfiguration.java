package frl.ienline.platform.internal;

import frl.ienline.shared.PublicPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public API under {@code /api/v1} by the Dutch API Design Rules, for every module's endpoints: the
 * OpenAPI document at {@code /api/v1/openapi.json} (OpenAPI 3.0, server URL with the major version, contact,
 * see {@link ApiDocument}), the full version in an {@code API-Version} header on every answer, and CORS for
 * the public paths under {@code /api/v1}: GET only, any origin, never with credentials.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The full version of the public API (semver); the major version is the one in the path. */
    static final String API_VERSION = "1.0.0";

    @Bean
    OpenAPI ienlineOpenApi(@Value("${ienline.api.contact.name:Beheer ienline}") String contactName,
            @Value("${ienline.api.contact.email:beheer@ienline.example}") String contactEmail,
            @Value("${ienline.api.contact.url:https://ienline.example/contact}") String contactUrl,
            @Value("${ienline.api.server-url:}") String serverUrl) {
        OpenAPI api = new OpenAPI();
        if (!serverUrl.isBlank()) { // else springdoc takes it from the request (see versionedServerUrl)
            String url = serverUrl.strip().replaceAll("/+$", "");
            api.addServersItem(new Server().url(url.endsWith(ApiDocument.PREFIX) ? url : url + ApiDocument.PREFIX)
                    .description("ienline API v1"));
        }
        // machine clients of the import API (ADR 0025): a bearer token the administrator issued
        api.components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("apiToken",
                new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("API-token van de beheerder (scope import), als Authorization: Bearer …;"
                                + " alleen voor de import-API")));
        return api.info(new Info()
                .title("ienline API")
                .version(API_VERSION)
                .description("Openbare API van ienline: gemeenten, de regionale regelset en de verificatie van"
                        + " vergunningnummers. Elk antwoord noemt de volledige versie in de header API-Version."
                        + " Fouten volgen RFC 9457 (application/problem+json).")
                .contact(new Contact().name(contactName).email(contactEmail).url(contactUrl))
                .license(new License().name("EUPL-1.2")
                        .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
    }

    /**
     * Without {@code ienline.api.server-url}: the server as the first client reached it (springdoc keeps the
     * document once made; behind a proxy the forwarded address), with the version path.
     */
    @Bean
    ServerBaseUrlCustomizer versionedServerUrl() {
        return (serverBaseUrl, request) -> serverBaseUrl.replaceAll("/+$", "") + ApiDocument.PREFIX;
    }

    @Bean
    OpenApiCustomizer designRulesDocument() {
        return new ApiDocument();
    }

    @Bean
    FilterRegistrationBean<ApiVersionHeader> apiVersionHeader() {
        FilterRegistrationBean<ApiVersionHeader> registration = new FilterRegistrationBean<>(new ApiVersionHeader());
        // before Spring Security, so its own answers (401, 403) carry the header too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** After the version header (so a 429 carries it), before Spring Security: anonymous clients count too. */
    @Bean
    FilterRegistrationBean<PublicApiBudget> publicApiBudget(frl.ienline.platform.ThrottleStore throttles,
            frl.ienline.platform.ClientKeys clientKeys,
            @Value("${ienline.api.requests-per-minute:600}") int perMinute) {
        FilterRegistrationBean<PublicApiBudget> registration = new FilterRegistrationBean<>(new PublicApiBudget(
                throttles.rateLimit("api-client", perMinute, Duration.ofMinutes(1)), clientKeys,
                List.of(ApiDocument.PREFIX + "/vergunningen", ApiDocument.PREFIX + "/statistieken",
                        ApiDocument.PREFIX + "/advertenties")));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }

    @Bean
    WebMvcConfigurer publicApiCors(List<PublicPaths> publicPaths) {
        List<String> patterns = publicPaths.stream().flatMap(p -> p.patterns().stream())
                .filter(p -> p.startsWith(ApiDocument.PREFIX + "/")).distinct().toList();
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                patterns.forEach(pattern -> registry.addMapping(pattern)
                        .allowedOrigins("*")
                        .allowedMethods("GET", "HEAD")
                        .allowCredentials(false)
                        .exposedHeaders(ApiDocument.VERSION_HEADER, "Retry-After")
                        .maxAge(Duration.ofHours(1).toSeconds()));
            }
        };
    }

    /** ADR /core/version-header: every answer under /api/v1 names the full version of the API. */
    static final class ApiVersionHeader extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !(path.equals(ApiDocument.PREFIX) || path.startsWith(ApiDocument.PREFIX + "/"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(ApiDocument.VERSION_HEADER, API_VERSION);
            chain.doFilter(request, response);
        }
    }
}
