package org.homeward.infra.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's defaults: what Homeward is and how every call authenticates. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "firebase";

    @Bean
    OpenAPI homewardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Homeward API").version("0.1")
                        .description("Helping keep children safe when they go missing from home, care or school."
                                + " Every call carries a Firebase ID token; errors are RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("Firebase ID token (JWT)")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
