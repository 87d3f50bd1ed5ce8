package org.homeward.infra.web;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared-too-large body at once with 413, before anything reads it. Bodies without a
 * declared length are bounded by the codecs' in-memory limit (the same figure), which also ends in 413.
 * Multipart uploads have their own, larger limits where they are accepted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimit implements WebFilter {

    private final long maxBytes;

    BodySizeLimit(WebSettings settings) {
        this.maxBytes = settings.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        boolean multipart = type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type);
        if (!multipart && declared > maxBytes) {
            return Mono.error(new HomewardException(Problem.PAYLOAD_TOO_LARGE,
                    "The request body is " + declared + " bytes; at most " + maxBytes + " are accepted"));
        }
        return chain.filter(exchange);
    }
}
