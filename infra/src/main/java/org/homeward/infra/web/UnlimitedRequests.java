package org.homeward.infra.web;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Requests that are never rate limited, declared as a bean by the feature that serves them: what a
 * young person in danger or a carer answering an alert does must never be refused for being too many.
 *
 * @param method       the HTTP method
 * @param pathPatterns Spring path patterns, such as {@code /plans/{id}/check-ins}
 */
public record UnlimitedRequests(HttpMethod method, List<String> pathPatterns) {

    public UnlimitedRequests {
        pathPatterns = List.copyOf(pathPatterns);
    }

    public static UnlimitedRequests post(String... pathPatterns) {
        return new UnlimitedRequests(HttpMethod.POST, List.of(pathPatterns));
    }

    public static UnlimitedRequests get(String... pathPatterns) {
        return new UnlimitedRequests(HttpMethod.GET, List.of(pathPatterns));
    }
}
