package io.lakefront.domain.prep;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postcodes trimmed, upper-case, in their country's spacing: Canadian {@code K1A0B1} → {@code K1A 0B1},
 * UK {@code SW1A1AA} → {@code SW1A 1AA}, Dutch {@code 1234ab} → {@code 1234 AB}; US ZIP, ZIP+4 and 4- or
 * 5-digit codes kept. Anything else is quarantined.
 */
public final class PostcodeNormalizer implements Normalizer {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String code = Text.collapseSpaces(raw.strip().toUpperCase(Locale.ROOT));
        if (code.startsWith("'")) {
            code = code.substring(1);
        }
        if ((code.length() == 4 || code.length() == 5) && asciiDigits(code)
                || ValueShapes.US_ZIP.matcher(code).matches() || FOUR_DIGITS.matcher(code).matches()) {
            return Normalized.valid(code);
        }
        String compact = code.replace(" ", "");
        if (ValueShapes.CANADIAN_POSTCODE.matcher(compact).matches()) {
            return Normalized.valid(compact.substring(0, 3) + " " + compact.substring(3));
        }
        if (ValueShapes.DUTCH_POSTCODE.matcher(compact).matches()) {
            return Normalized.valid(compact.substring(0, 4) + " " + compact.substring(4));
        }
        if (ValueShapes.UK_POSTCODE.matcher(compact).matches()) {
            return Normalized.valid(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
        }
        return Normalized.invalid(raw, "not a postcode (US, Canadian, UK, Dutch or 4-5 digits)");
    }

    private static boolean asciiDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String rule() {
        return "trimmed, upper-case, spaced as in its country (K1A 0B1, SW1A 1AA, 1234 AB)";
    }
}
