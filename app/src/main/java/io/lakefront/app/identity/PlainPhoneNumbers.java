package io.lakefront.app.identity;

import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.Normalizer;
import io.lakefront.domain.prep.PhoneNormalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Phone numbers to E.164 by their digits, with a small table of calling codes: {@code 030 1234567}
 * in {@code DE} → {@code +49301234567}, {@code (555) 123-4567} in {@code US} → {@code +15551234567}.
 * It does not know numbering plans (a libphonenumber adapter would); for identity resolution the
 * digits are what matters, and a number whose region is unknown keeps its digits as written.
 */
public final class PlainPhoneNumbers implements PhoneNormalizer {
    private static final Map<String, String> CALLING_CODES = Map.ofEntries(
            Map.entry("US", "1"), Map.entry("CA", "1"), Map.entry("GB", "44"), Map.entry("IE", "353"),
            Map.entry("DE", "49"), Map.entry("AT", "43"), Map.entry("CH", "41"), Map.entry("FR", "33"),
            Map.entry("BE", "32"), Map.entry("NL", "31"), Map.entry("LU", "352"), Map.entry("ES", "34"),
            Map.entry("PT", "351"), Map.entry("IT", "39"), Map.entry("DK", "45"), Map.entry("SE", "46"),
            Map.entry("NO", "47"), Map.entry("FI", "358"), Map.entry("PL", "48"), Map.entry("CZ", "420"),
            Map.entry("AU", "61"), Map.entry("NZ", "64"), Map.entry("IN", "91"), Map.entry("JP", "81"),
            Map.entry("CN", "86"), Map.entry("BR", "55"), Map.entry("MX", "52"), Map.entry("ZA", "27"));
    /** Extensions are not part of the number a person is reached at. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(ext\\.?|extension|x|#)\\s*\\d+\\s*$");
    private static final Pattern ALLOWED = Pattern.compile("[0-9+()./\\-\\s]+");
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;

    @Override
    public Normalized toE164(String raw, String defaultRegion) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String text = EXTENSION.matcher(raw.strip()).replaceFirst("");
        if (text.startsWith("'")) {
            text = text.substring(1);
        }
        if (!ALLOWED.matcher(text).matches()) {
            return Normalized.invalid(raw, "characters a phone number cannot hold");
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return Normalized.invalid(raw, digits.length() + " digits; a phone number has " + MIN_DIGITS + " to "
                    + MAX_DIGITS);
        }
        if (text.startsWith("+")) {
            return Normalized.valid("+" + digits);
        }
        if (digits.startsWith("00")) {
            return Normalized.valid("+" + digits.substring(2));
        }
        String code = CALLING_CODES.get(defaultRegion);
        if (code == null) {
            return Normalized.valid(digits);
        }
        if (code.equals("1")) {
            // North America: ten digits, or eleven starting with the country code; 011 dials abroad.
            if (digits.startsWith("011")) {
                return Normalized.valid("+" + digits.substring(3));
            }
            return Normalized.valid(digits.length() == 11 && digits.startsWith("1") ? "+" + digits : "+1" + digits);
        }
        // Elsewhere a national number starts with the trunk prefix 0, which E.164 drops.
        return Normalized.valid("+" + code + (digits.startsWith("0") ? digits.substring(1) : digits));
    }
}
