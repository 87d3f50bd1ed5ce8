package org.homeward.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The edge checks wherever a value sits in a body: top level, nested, in lists and maps. */
class PlausibleInputTest {

    record Shift(String workerId, Instant from, Instant to) {
    }

    record Body(String name, List<String> ids, Map<String, String> labels, List<Shift> shifts, Double accuracy,
                double latitude, LocalDate from, Boolean flag, int minutes) {
    }

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new PlausibleInput().plausibleInputChecks().customize(builder);
        return builder.build();
    }

    private Body read(String body) {
        return json.readValue(body, Body.class);
    }

    private void refused(String body, String message) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(PlausibleInput.Implausible.class)
                .extracting(e -> ((PlausibleInput.Implausible) e).getOriginalMessage()).isEqualTo(message);
    }

    @Test
    void plausibleValuesPassUnchanged() {
        Body body = read("""
                {"name": "Amira \u0628\u062e\u064a\u0631 \\ud83d\\ude4f", "ids": ["a", "b"], "labels": {"k": "line one\\nline two\\ttab"},
                 "shifts": [{"workerId": "w", "from": "1900-01-01T00:00:00Z", "to": "2199-12-31T23:59:59Z"}],
                 "accuracy": 12.5, "latitude": -0.0, "from": "2026-03-02", "flag": true, "minutes": 30}""");
        assertThat(body.name()).startsWith("Amira ");
        assertThat(body.labels().get("k")).contains("\n");
        assertThat(body.shifts().get(0).to()).isEqualTo(Instant.parse("2199-12-31T23:59:59Z"));
    }

    @Test
    void implausibleDatesAnywhereAreRefused() {
        String range = "must be a date between 1900 and 2199";
        refused("{\"from\": \"+999999999-12-31\"}", range);
        refused("{\"from\": \"1899-12-31\"}", range);
        refused("{\"shifts\": [{\"workerId\": \"w\", \"from\": \"+999999999-12-31T23:59:59Z\"}]}", range);
        refused("{\"shifts\": [{\"workerId\": \"w\", \"to\": \"2200-01-01T00:00:00Z\"}]}", range);
        assertThat(PlausibleInput.instant("before", null)).isNull();
        assertThatThrownBy(() -> PlausibleInput.instant("before", Instant.MAX)).hasMessageContaining("before");
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        refused("{\"accuracy\": 1e309}", "must be a finite number");
        refused("{\"latitude\": -1e309}", "must be a finite number");
    }

    @Test
    void controlAndBidiCharactersAreRefusedWhereverTextIs() {
        refused("{\"name\": \"a\\u202Eb\"}", "must not contain bidirectional override or isolate characters");
        refused("{\"ids\": [\"ok\", \"x\\u2067y\"]}", "must not contain bidirectional override or isolate characters");
        refused("{\"labels\": {\"k\": \"bell\\u0007\"}}", "must not contain control characters");
        refused("{\"name\": \"c1\\u009b\"}", "must not contain control characters");
        refused("{\"name\": \"half \\ud800\"}", "must be valid Unicode text");
    }

    @Test
    void scalarsAreNotCoercedToOrFromStrings() {
        refused("{\"name\": 42}", "must be a string");
        refused("{\"ids\": [42]}", "must be a string");
        refused("{\"labels\": {\"k\": false}}", "must be a string");
        assertThatThrownBy(() -> read("{\"flag\": \"yes\"}")).isNotNull();
        assertThatThrownBy(() -> read("{\"minutes\": \"30\"}")).isNotNull();
    }
}
