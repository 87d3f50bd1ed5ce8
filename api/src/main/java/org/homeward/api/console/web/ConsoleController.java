package org.homeward.api.console.web;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.AuthEmulator;
import org.homeward.infra.identity.IdentitySettings;
import org.homeward.infra.web.UnlimitedRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The worker console: a static single-page application built into the jar under
 * {@code static/console/} (Spring serves its files at {@code /console/**}), its entry page at
 * {@code /console/}, and the settings it signs in with. None of it needs a token: the page holds no
 * data, and everything it shows comes from the API with the signed-in person's token.
 * Not part of the app's API document: the redirect, the page and {@code config.json} are the
 * console's own files (served like the rest of {@code /console/**}), which no generated client calls.
 */
@Hidden
@RestController
class ConsoleController {

    /** Firebase web settings for the console; {@code authEmulatorUrl} only when tokens come from the emulator. */
    record ConsoleConfig(String projectId, String apiKey, String authDomain, String authEmulatorUrl) {
    }

    private static final Resource INDEX = new ClassPathResource("static/console/index.html");

    private final ConsoleConfig config;

    ConsoleController(ConsoleSettings console, IdentitySettings identity, ObjectProvider<AuthEmulator> emulator) {
        String emulatorHost = Optional.ofNullable(emulator.getIfAvailable()).map(AuthEmulator::host)
                .orElse(identity.authEmulatorHost());
        this.config = new ConsoleConfig(identity.projectId(), console.firebaseApiKey(),
                console.firebaseAuthDomain() == null || console.firebaseAuthDomain().isBlank()
                        ? identity.projectId() + ".firebaseapp.com" : console.firebaseAuthDomain(),
                emulatorHost == null || emulatorHost.isBlank() ? null : "http://" + emulatorHost);
    }

    @GetMapping("/console")
    @Operation(summary = "The worker console (redirects to /console/)")
    @ApiResponse(responseCode = "301", description = "To /console/")
    ResponseEntity<Void> console() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/console/")).build();
    }

    @GetMapping(path = "/console/", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The worker console's page: sign-in, the \"Now\" board, records, moderation")
    @ApiResponse(responseCode = "200", description = "The page")
    @ApiResponse(responseCode = "404", description = "This build has no console (problem document)")
    Mono<ResponseEntity<Resource>> page() {
        if (!INDEX.exists()) {
            return Mono.error(new NotFound("console in this build: build with Maven", "(npm run build)"));
        }
        return Mono.just(ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML)
                .body(INDEX));
    }

    @GetMapping("/console/config.json")
    @Operation(summary = "How the console signs in: Firebase project, web API key, and the Auth emulator if used")
    @ApiResponse(responseCode = "200", description = "The settings")
    ConsoleConfig config() {
        return config;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ConsoleSettings.class)
    static class Rules {
        @Bean
        AccessRules consoleAccessRules() {
            return exchanges -> exchanges.pathMatchers(HttpMethod.GET, "/console", "/console/**").permitAll();
        }

        /**
         * The console's files are static and cost nothing to serve: a team behind one address opening
         * the console at once (seven files each) must not use up that address's allowance of unverified
         * requests, which is there to stop floods of bad tokens.
         */
        @Bean
        UnlimitedRequests consoleFilesAreNeverLimited() {
            return UnlimitedRequests.get("/console", "/console/{*file}");
        }
    }
}
