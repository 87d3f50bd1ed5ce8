package org.homeward.infra.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.homeward.infra.errors.InvalidField;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What every request body must be before any feature sees it, checked once for all of them while
 * JSON is read, so that a 400 names the field and nothing implausible reaches the store or a message:
 * <ul>
 *   <li>dates and instants between {@value #EARLIEST_YEAR} and {@value #LATEST_YEAR} (MongoDB holds dates
 *       as milliseconds; a year like +999999999 cannot be stored and nobody is born or back by then);</li>
 *   <li>finite numbers ({@code 1e309} reads as Infinity, which is no accuracy or coordinate);</li>
 *   <li>clean text: no control characters except tab and line breaks, no bidirectional overrides or
 *       isolates (which can make a push or SMS read differently from what was written), no lone
 *       surrogates. Refused, not stripped: the sender learns which field to fix and nothing is changed
 *       behind their back;</li>
 *   <li>strings are strings: {@code "name": 42} is a wrong type, not "42"; numbers and booleans are not
 *       read from strings either.</li>
 * </ul>
 * The same checks are offered to query parameters and headers ({@link #instant}).
 */
@Configuration(proxyBeanMethods = false)
public class PlausibleInput {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;
    private static final String DATE_RANGE = "must be a date between " + EARLIEST_YEAR + " and " + LATEST_YEAR;

    /** A query parameter or header holding an instant: null stays null; anything implausible is a 400 naming it. */
    public static Instant instant(String field, Instant value) {
        if (value != null && !plausible(value)) {
            throw new InvalidField(field, DATE_RANGE);
        }
        return value;
    }

    /** The first thing wrong with a piece of text, or null when it is clean. */
    public static String problemWithText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text";
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters";
            } else if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return "must not contain bidirectional override or isolate characters";
            }
        }
        return null;
    }

    @Bean
    JsonMapperBuilderCustomizer plausibleInputChecks() {
        SimpleModule checks = new SimpleModule("homeward-plausible-input");
        checks.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return checked(type) ? new Checked(type, deserializer) : deserializer;
            }
        });
        return builder -> builder
                .addModule(checks)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, strings -> strings
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    private static boolean checked(Class<?> type) {
        return type == String.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class || type == Instant.class || type == LocalDate.class
                || type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class;
    }

    private static final Instant EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LocalDate.of(LATEST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static boolean plausible(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }

    private static boolean plausibleYear(long year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    /** Reads with the deserializer Jackson chose, then checks the value. */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(Class<?> type, ValueDeserializer<?> delegate) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(type, delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (type == String.class && (parser.hasToken(JsonToken.VALUE_NUMBER_INT)
                    || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                    || parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE))) {
                throw new Implausible(parser, "must be a string");
            }
            Object value = super.deserialize(parser, context);
            String problem = problem(value);
            if (problem != null) {
                throw new Implausible(parser, problem);
            }
            return value;
        }

        private static String problem(Object value) {
            if (value instanceof String text) {
                return problemWithText(text);
            }
            if (value instanceof Double number && !Double.isFinite(number)
                    || value instanceof Float small && !Float.isFinite(small)) {
                return "must be a finite number";
            }
            if (value instanceof Instant instant) {
                return plausible(instant) ? null : DATE_RANGE;
            }
            if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
                return plausibleYear(temporal.getLong(ChronoField.YEAR)) ? null : DATE_RANGE;
            }
            return null;
        }
    }

    /** A value of the right type that no request may carry; its message is what the problem says of the field. */
    static final class Implausible extends MismatchedInputException {
        Implausible(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
