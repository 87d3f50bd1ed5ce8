package org.homeward.api.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * What one record says about a person, place, vehicle or handle, made ready for matching: how it is
 * shown ({@code label}), the normalised keys it is matched on, and the little that is kept beside it.
 * A place keeps only its rounded area (a postcode district, or latitude and longitude to two places,
 * about a kilometre), never an exact point; an address loses its house number.
 *
 * @param keys           normalised forms, the first the main one: a person's nickname and name both
 * @param approximateAge a person's rough age, or null
 * @param area           a place's rounded area, or null when none was given
 * @param detail         a vehicle's make and colour, as written
 * @param platform       a handle's platform
 */
public record Mention(EntityKind kind, String label, List<String> keys, Integer approximateAge, String area,
                      String detail, String platform) {

    public static final int MAX_TEXT = 200;

    public Mention {
        Objects.requireNonNull(kind);
        keys = List.copyOf(keys);
        if (keys.isEmpty() || label == null) {
            throw new InvalidField("kind", "says nothing that can be matched");
        }
    }

    public static Mention person(String name, String nickname, Integer approximateAge) {
        String shownName = clean("name", name);
        String shownNickname = clean("nickname", nickname);
        if (approximateAge != null && (approximateAge < 0 || approximateAge > 120)) {
            throw new InvalidField("approximateAge", "must be between 0 and 120");
        }
        List<String> keys = new ArrayList<>();
        add(keys, Normalising.name(shownNickname));
        add(keys, Normalising.name(shownName));
        if (keys.isEmpty()) {
            throw new InvalidField("name", "give a name or a nickname");
        }
        String label = shownNickname != null && shownName != null ? shownNickname + " (" + shownName + ")"
                : shownNickname != null ? shownNickname : shownName;
        return new Mention(EntityKind.PERSON, label, keys, approximateAge, null, null, null);
    }

    public static Mention place(String name, String address, String area, Double latitude, Double longitude) {
        String shownName = clean("placeName", name);
        String street = withoutNumber(clean("address", address));
        String label = shownName != null ? shownName : street;
        String key = Normalising.place(label);
        if (key == null) {
            throw new InvalidField("placeName", "give a place's name or an address");
        }
        return new Mention(EntityKind.PLACE, label, List.of(key), null, area(area, latitude, longitude), null, null);
    }

    public static Mention vehicle(String registration, String description) {
        String plate = Normalising.plate(clean("registration", registration));
        String shown = clean("description", description);
        if (plate == null && Normalising.text(shown) == null) {
            throw new InvalidField("registration", "give the registration or describe the vehicle");
        }
        if (plate != null && plate.length() > 10) {
            throw new InvalidField("registration", "is longer than any plate");
        }
        String key = plate != null ? plate : Normalising.text(shown);
        String label = plate != null ? plate + (shown == null ? "" : " (" + shown + ")") : shown;
        return new Mention(EntityKind.VEHICLE, label, List.of(key), null, null, shown, null);
    }

    public static Mention handle(String platform, String handle) {
        String where = Normalising.platform(clean("platform", platform));
        String who = Normalising.handle(clean("handle", handle));
        if (where == null) {
            throw new InvalidField("platform", "is required");
        }
        if (who == null) {
            throw new InvalidField("handle", "is required");
        }
        return new Mention(EntityKind.HANDLE, who + " on " + where, List.of(where + ":" + who), null, null, null,
                where);
    }

    /** Whether a vehicle was named by its plate (an identifier), not only described. */
    public boolean byIdentifier() {
        return kind != EntityKind.VEHICLE || !keys.get(0).equals(Normalising.text(detail));
    }

    /** The rounded area: a postcode's outward code ("LS9 8AB" is "LS9"), else a two-decimal grid cell. */
    static String area(String given, Double latitude, Double longitude) {
        String written = clean("area", given);
        if (written != null) {
            return written.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
        }
        if (latitude == null || longitude == null) {
            return null;
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidField("latitude", "is not on Earth");
        }
        return rounded(latitude) + "," + rounded(longitude);
    }

    private static String rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String withoutNumber(String address) {
        if (address == null) {
            return null;
        }
        String street = address.replaceFirst("^\\s*(flat|apartment|apt|unit)?\\s*\\d+[a-zA-Z]?\\s*[,/-]?\\s*", "")
                .replaceFirst("^\\s*\\d+[a-zA-Z]?\\s*,?\\s*", "").trim();
        return street.isEmpty() ? null : street;
    }

    private static String clean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidField(field, "at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    private static void add(List<String> keys, String key) {
        if (key != null && !keys.contains(key)) {
            keys.add(key);
        }
    }
}
