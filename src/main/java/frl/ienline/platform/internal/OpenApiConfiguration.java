package frl.ienline.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/v1/openapi.json}: public, read-mostly resources in Dutch. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ienlineOpenApi() {
        return new OpenAPI().info(new Info()
                .title("ienline API")
                .version("v1")
                .description("Openbare API van ienline: gemeenten, de regionale regelset en de verificatie van"
                        + " vergunningnummers. Fouten volgen RFC 9457 (application/problem+json).")
                .license(new License().name("EUPL-1.2")
                        .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
    }
}
