package org.homeward.infra.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebSettings.class, RateLimitSettings.class})
class WebConfiguration implements WebFluxConfigurer {

    private final WebSettings settings;

    WebConfiguration(WebSettings settings) {
        this.settings = settings;
    }

    /** Health probes from the platform must never be refused, or a busy instance would be restarted. */
    @Bean
    UnlimitedRequests healthProbes() {
        return UnlimitedRequests.get("/actuator/health", "/actuator/health/**");
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize((int) settings.maxBodySize().toBytes());
    }
}
