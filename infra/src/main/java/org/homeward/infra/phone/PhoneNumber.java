package org.homeward.infra.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.homeward.infra.errors.InvalidField;

/**
 * A phone number that can receive SMS, in E.164 form, validated with libphonenumber.
 * National numbers without a country code are read as UK numbers.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "GB";

    static {
        // libphonenumber reads each region's metadata from its jar on first use: do all of it now, at
        // start-up, rather than as a blocking file read on an event-loop thread in the middle of a request.
        for (String region : UTIL.getSupportedRegions()) {
            UTIL.getExampleNumber(region);
        }
        for (int callingCode : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            UTIL.getExampleNumberForNonGeoEntity(callingCode);
        }
    }

    /** Loads the numbering metadata (see the static initialiser); called once at start-up. */
    public static void warmUp() {
        // the static initialiser has run by the time this returns
    }

    public PhoneNumber {
        if (e164 == null || !e164.equals(normalise(e164))) {
            throw new InvalidField("phone", "not a phone number in E.164 form");
        }
    }

    /** Parses what a person typed ({@code 07700 900123}, {@code +44 7700 900123}) for the given field. */
    public static PhoneNumber parse(String field, String input) {
        String normalised = input == null ? null : normaliseOrNull(input);
        if (normalised == null) {
            throw new InvalidField(field, "not a valid phone number");
        }
        return new PhoneNumber(normalised);
    }

    private static String normalise(String input) {
        String normalised = normaliseOrNull(input);
        return normalised == null ? "" : normalised;
    }

    private static String normaliseOrNull(String input) {
        if (input.length() > 32) {
            return null;
        }
        try {
            var number = UTIL.parse(input, DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        // Phone numbers are personal data: never in logs.
        return "PhoneNumber[redacted]";
    }
}
