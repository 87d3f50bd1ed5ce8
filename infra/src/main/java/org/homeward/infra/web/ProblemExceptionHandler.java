package org.homeward.infra.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Renders every failure, whether from a controller, a filter or routing, as a problem document.
 * A WebExceptionHandler rather than a controller advice, because only it also sees what
 * happens before a controller is chosen (unknown paths, oversized bodies, security).
 * Runs before Spring Boot's default error handler (order -1).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        return problems.write(exchange, failure);
    }
}
