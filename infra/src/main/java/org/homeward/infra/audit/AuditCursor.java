package org.homeward.infra.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.homeward.infra.errors.InvalidField;

/**
 * Where a page of the audit log ended: the instant and id of its last (oldest) entry. Entries are read
 * by {@code at} descending, then {@code _id} descending, so the page after it starts strictly below
 * that pair, however many entries share one instant. Opaque to clients (base64url of
 * {@code <epoch second>.<nano>|<id>}); anything else given as a cursor is a 400 naming the field.
 */
record AuditCursor(Instant at, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode() {
        String plain = at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static AuditCursor decode(String cursor) {
        try {
            String plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            int dot = plain.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == plain.length() - 1) {
                throw invalid();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, dot)),
                    Long.parseLong(plain.substring(dot + 1, bar)));
            return new AuditCursor(at, plain.substring(bar + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static InvalidField invalid() {
        return new InvalidField("cursor", "is not a cursor this service gave out (use the `next` of a page)");
    }
}
