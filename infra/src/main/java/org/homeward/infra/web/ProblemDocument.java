package org.homeward.infra.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.infra.errors.Problem;

/**
 * An RFC 9457 problem document. Extension members (the fields at fault, the request id) sit
 * beside the standard ones, as the RFC asks.
 */
public record ProblemDocument(Problem problem, String detail, URI instance, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public int status() {
        return problem.status();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.type().toString());
        json.put("title", problem.title());
        json.put("status", problem.status());
        if (detail != null) {
            json.put("detail", detail);
        }
        if (instance != null) {
            json.put("instance", instance.toString());
        }
        extensions.forEach(json::putIfAbsent);
        return json;
    }
}
