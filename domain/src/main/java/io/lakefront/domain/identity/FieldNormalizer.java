package io.lakefront.domain.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The light normalization every comparison relies on: case, accents, punctuation and spacing do
 * not make two values differ, phone numbers compare by their digits, and null-like or generic
 * values (n/a, test@test.com) count as missing.
 */
final class FieldNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NAME_NOISE = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final int MIN_PHONE_DIGITS = 6;

    private final Set<String> genericValues;

    FieldNormalizer(Set<String> genericValues) {
        this.genericValues = genericValues;
    }

    String normalize(String field, String raw) {
        if (raw == null) {
            return null;
        }
        String value = SPACES.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (value.isEmpty() || genericValues.contains(value)) {
            return null;
        }
        String normalized = switch (field) {
            case StandardFields.EMAIL -> value.replace(" ", "");
            case StandardFields.PHONE, StandardFields.NATIONAL_ID -> digitsOrValue(field, value);
            case StandardFields.BIRTH_DATE -> isoDate(value);
            default -> plainText(value);
        };
        return normalized == null || normalized.isEmpty() || genericValues.contains(normalized) ? null : normalized;
    }

    private static String digitsOrValue(String field, String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (StandardFields.PHONE.equals(field)) {
            return digits.length() < MIN_PHONE_DIGITS ? null : digits.toString();
        }
        // A national id may hold letters (UK NINO): keep it, without separators.
        return value.replaceAll("[\\s\\-./]", "");
    }

    private static String isoDate(String value) {
        var compact = COMPACT_DATE.matcher(value);
        if (compact.matches()) {
            return compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3);
        }
        return value;
    }

    private static String plainText(String value) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = NAME_NOISE.matcher(withoutAccents.replace('-', ' ')).replaceAll("");
        return SPACES.matcher(cleaned).replaceAll(" ").trim();
    }
}
