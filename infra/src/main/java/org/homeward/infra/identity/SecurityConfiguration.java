package org.homeward.infra.identity;

import java.util.List;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.web.Problems;
import org.homeward.infra.web.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every request must carry {@code Authorization: Bearer <Firebase ID token>}. Which role may call
 * which endpoint is declared by the features ({@link AccessRules}); anything undeclared is denied.
 * Missing or bad tokens answer 401, a role without permission 403, both as problem documents.
 * The actuator is the operator's: liveness, readiness and the bare health status are public, the
 * rest (health details, metrics, info) needs an admin token.
 * Rate limits sit on either side of token verification ({@link RateLimits}): by address before it,
 * by the verified uid after it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String BEARER = "Bearer ";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, FirebaseTokens tokens,
                                                  List<AccessRules> rules, Problems problems,
                                                  RateLimits rateLimits) {
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(authenticationManager(tokens));
        bearer.setServerAuthenticationConverter(bearerToken());
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        bearer.setAuthenticationFailureHandler((filterExchange, failure) ->
                problems.write(filterExchange.getExchange(), failure));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterBefore(rateLimits.beforeVerification(exchange -> alreadyVerified(exchange, tokens)),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(rateLimits.afterAuthentication(), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, failure) -> problems.write(exchange, failure))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, denied)))
                .authorizeExchange(exchanges -> {
                    // Probes and the health status are public (details need an admin token, see application.yml);
                    // metrics and info say too much about the service for anyone to read.
                    exchanges.pathMatchers("/actuator/health", "/actuator/health/liveness",
                            "/actuator/health/readiness", "/v3/api-docs/**", "/v3/api-docs",
                            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll();
                    exchanges.pathMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.authority());
                    rules.forEach(rule -> rule.declare(exchanges));
                    exchanges.anyExchange().denyAll();
                })
                .build();
    }

    /**
     * Spring Security's firewall refuses requests with encoded slashes, path traversal, odd methods or
     * control characters in headers before anything else sees them; say so as a problem document
     * (its default answer is an empty 400).
     */
    @Bean
    ServerExchangeRejectedHandler rejectedAsProblem(Problems problems) {
        return (exchange, rejected) -> problems.write(exchange, new HomewardException(Problem.BAD_REQUEST,
                "The request was refused: its URL or headers contain characters or sequences that are not accepted"));
    }

    private static ReactiveAuthenticationManager authenticationManager(FirebaseTokens tokens) {
        return authentication -> tokens.verify((String) authentication.getCredentials())
                .map(caller -> (Authentication) new CallerAuthentication(caller));
    }

    /** A bearer token verified before costs nothing; anything else is limited by address until verified. */
    private static boolean alreadyVerified(ServerWebExchange exchange, FirebaseTokens tokens) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return header != null && isBearer(header) && tokens.known(header.substring(BEARER.length()).trim());
    }

    private static boolean isBearer(String header) {
        return header.regionMatches(true, 0, BEARER, 0, BEARER.length()) && header.length() > BEARER.length();
    }

    private static ServerAuthenticationConverter bearerToken() {
        return exchange -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header == null) {
                return Mono.empty();
            }
            if (!isBearer(header)) {
                return Mono.error(new BadCredentialsException("Authorization must be a Bearer token"));
            }
            String token = header.substring(BEARER.length()).trim();
            return Mono.just(new BearerToken(token));
        };
    }
}
