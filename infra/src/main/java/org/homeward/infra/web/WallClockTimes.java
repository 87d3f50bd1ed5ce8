package org.homeward.infra.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;

import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Agreed times ("back by 21:00") are wall-clock times in the placement's zone, so requests carry
 * them as local date-times and local times only. A trailing {@code Z} or an offset such as
 * {@code +02:00} would say something else (an instant), so it is refused with a 400 naming the
 * field rather than dropped or converted. The OpenAPI document describes them as strings with
 * a pattern, never as {@code date-time}, so that generated clients send what the server reads.
 */
@Configuration(proxyBeanMethods = false)
class WallClockTimes {

    static final String LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
    static final String LOCAL_TIME_PATTERN = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(LocalDateTime.class, new StringSchema().format("local-date-time")
                        .pattern(LOCAL_DATE_TIME_PATTERN).example("2026-04-01T21:00:00")
                        .description("A wall-clock date and time in the young person's placement zone"
                                + " (default Europe/London), with no Z and no offset"))
                .replaceWithSchema(LocalTime.class, new StringSchema().format("local-time")
                        .pattern(LOCAL_TIME_PATTERN).example("21:00:00")
                        .description("A wall-clock time in the young person's placement zone, with no Z and no offset"));
    }

    @Bean
    JacksonModule wallClockTimesModule() {
        return new SimpleModule("homeward-wall-clock-times")
                .addDeserializer(LocalDateTime.class, new Strict<>(LocalDateTime.class,
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from))
                .addDeserializer(LocalTime.class, new Strict<>(LocalTime.class,
                        DateTimeFormatter.ISO_LOCAL_TIME, LocalTime::from));
    }

    /** Reads only an ISO local string: no Z, no offset, no arrays or numbers. */
    private static final class Strict<T extends TemporalAccessor> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final DateTimeFormatter format;
        private final TemporalQuery<T> query;

        Strict(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query) {
            this.type = type;
            this.format = format;
            this.query = query;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getString().trim();
            try {
                return format.parse(text, query);
            } catch (DateTimeParseException e) {
                return type.cast(context.handleWeirdStringValue(type, text,
                        "not a local %s without Z or offset".formatted(type.getSimpleName())));
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
