package io.lakefront.connectors.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.Normalizer;
import io.lakefront.domain.prep.PhoneNormalizer;
import java.util.Locale;

/**
 * Phone numbers to E.164 with Google's libphonenumber: {@code 030 1234567} in {@code DE} becomes
 * {@code +49301234567}. A number that cannot be parsed, or that no carrier of its country would
 * route (wrong length, unused prefix), is {@link Normalized.Invalid} with the reason in words.
 */
public final class LibPhoneNumberNormalizer implements PhoneNormalizer {
    /** libphonenumber's code for "no region": only numbers written with a + and a country code parse. */
    private static final String NO_REGION = "ZZ";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    @Override
    public Normalized toE164(String raw, String defaultRegion) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String region = region(defaultRegion);
        PhoneNumber number;
        try {
            number = phones.parse(raw.strip(), region);
        } catch (NumberParseException e) {
            return Normalized.invalid(raw, reason(e, region));
        }
        if (!valid(number, region)) {
            return Normalized.invalid(raw, invalidReason(number));
        }
        return Normalized.valid(phones.format(number, PhoneNumberFormat.E164));
    }

    /**
     * Most numbers belong to the source's own country: checking that one region first is much cheaper
     * than {@link PhoneNumberUtil#isValidNumber}, which tries every country sharing the code (+1 has 25).
     */
    private boolean valid(PhoneNumber number, String region) {
        if (!NO_REGION.equals(region) && number.getCountryCode() == phones.getCountryCodeForRegion(region)
                && phones.isValidNumberForRegion(number, region)) {
            return true;
        }
        return phones.isValidNumber(number);
    }

    private String region(String defaultRegion) {
        if (defaultRegion == null || defaultRegion.isBlank()) {
            return NO_REGION;
        }
        String code = defaultRegion.strip().toUpperCase(Locale.ROOT);
        return phones.getSupportedRegions().contains(code) ? code : NO_REGION;
    }

    private static String reason(NumberParseException e, String region) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> NO_REGION.equals(region)
                    ? "no country code (+..) and the source names no country"
                    : "unknown country code";
            case NOT_A_NUMBER -> "not a phone number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short to be a phone number";
            case TOO_LONG -> "too long to be a phone number";
        };
    }

    private String invalidReason(PhoneNumber number) {
        String country = phones.getRegionCodeForCountryCode(number.getCountryCode());
        String where = NO_REGION.equals(country) ? "country code +" + number.getCountryCode() : country;
        return switch (phones.isPossibleNumberWithReason(number)) {
            case TOO_SHORT -> "too short for a phone number in " + where;
            case TOO_LONG -> "too long for a phone number in " + where;
            case INVALID_COUNTRY_CODE -> "unknown country code +" + number.getCountryCode();
            default -> "not a valid phone number in " + where;
        };
    }
}
