package org.homeward.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-address filter on its own: two requests an hour without a verified token from each client
 * address (the hour cannot refill during the test).
 */
class RateLimitsTest {

    static final WebFilterChain PASSED = exchange -> {
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        return Mono.empty();
    };

    private static WebFilter byAddress(boolean enabled) {
        var settings = new RateLimitSettings(enabled, 100, 2, Duration.ofHours(1), 1000);
        var noRegistry = new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class);
        return new RateLimits(settings, List.of(UnlimitedRequests.post("/help-requests")),
                new Problems(JsonMapper.builder().build()), noRegistry).beforeVerification(exchange -> false);
    }

    private static MockServerWebExchange call(WebFilter filter, MockServerHttpRequest.BaseBuilder<?> request,
                                              String address) throws UnknownHostException {
        var exchange = MockServerWebExchange.from(
                request.remoteAddress(new InetSocketAddress(InetAddress.getByName(address), 40000)));
        filter.filter(exchange, PASSED).block(Duration.ofSeconds(5));
        return exchange;
    }

    private static HttpStatusCode status(WebFilter filter, MockServerHttpRequest.BaseBuilder<?> request,
                                         String address) throws UnknownHostException {
        return call(filter, request, address).getResponse().getStatusCode();
    }

    @Test
    void theThirdRequestFromAnAddressIsAProblemWithRetryAfterAndOtherAddressesCarryOn() throws Exception {
        WebFilter filter = byAddress(true);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "192.0.2.1")).isEqualTo(HttpStatus.OK);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "192.0.2.1")).isEqualTo(HttpStatus.OK);
        var refused = call(filter, MockServerHttpRequest.get("/me"), "192.0.2.1").getResponse();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
        assertThat(refused.getBodyAsString().block(Duration.ofSeconds(5)))
                .contains("\"type\":\"https://homeward.app/problems/too-many-requests\"", "\"status\":429");
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "192.0.2.2")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() throws Exception {
        WebFilter filter = byAddress(true);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "2001:db8:1:2::1")).isEqualTo(HttpStatus.OK);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "2001:db8:1:2::ffff")).isEqualTo(HttpStatus.OK);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "2001:db8:1:2:abcd::7"))
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(status(filter, MockServerHttpRequest.get("/me"), "2001:db8:1:3::1")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unlimitedRequestsAreNeverCountedNorRefused() throws Exception {
        WebFilter filter = byAddress(true);
        for (int i = 0; i < 10; i++) {
            assertThat(status(filter, MockServerHttpRequest.post("/help-requests"), "192.0.2.3"))
                    .isEqualTo(HttpStatus.OK);
        }
        // Only the declared method is unlimited.
        assertThat(status(filter, MockServerHttpRequest.get("/help-requests"), "192.0.2.3")).isEqualTo(HttpStatus.OK);
        assertThat(status(filter, MockServerHttpRequest.get("/help-requests"), "192.0.2.3")).isEqualTo(HttpStatus.OK);
        assertThat(status(filter, MockServerHttpRequest.get("/help-requests"), "192.0.2.3"))
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void aDisabledLimitRefusesNothing() throws Exception {
        WebFilter disabled = byAddress(false);
        for (int i = 0; i < 10; i++) {
            assertThat(status(disabled, MockServerHttpRequest.get("/me"), "192.0.2.4")).isEqualTo(HttpStatus.OK);
        }
    }
}
