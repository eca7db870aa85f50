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
        String value = lowerCaseSingleSpaced(raw);
        if (value.isEmpty() || genericValues.contains(value)) {
            return null;
        }
        String normalized = switch (field) {
            case StandardFields.EMAIL -> value.replace(" ", "");
            case StandardFields.PHONE, StandardFields.NATIONAL_ID -> digitsOrValue(field, value);
            case StandardFields.BIRTH_DATE -> isoDate(value);
            case StandardFields.GIVEN_NAME -> withoutInitials(plainText(value));
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

    /**
     * A given name without its initials: "Robert M." is Robert, and "J. Michael" goes by Michael.
     * Words of two letters or more stay ("Mary Ann"; FEBRL's "ne ville").
     */
    static String withoutInitials(String given) {
        if (given == null || given.indexOf(' ') < 0) {
            return given;
        }
        StringBuilder kept = new StringBuilder(given.length());
        for (String word : given.split(" ")) {
            if (word.length() > 1) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.length() == 0 ? given : kept.toString();
    }

    private static String isoDate(String value) {
        var compact = COMPACT_DATE.matcher(value);
        if (compact.matches()) {
            return compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3);
        }
        return value;
    }

    /** Trimmed, lower case, each run of whitespace one space; ASCII without regular expressions. */
    static String lowerCaseSingleSpaced(String raw) {
        String value = raw.trim();
        if (!isAscii(value)) {
            return SPACES.matcher(value.toLowerCase(Locale.ROOT)).replaceAll(" ");
        }
        StringBuilder out = null;
        boolean lastSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            char wanted = space ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            boolean drop = space && lastSpace;
            if (out == null && (drop || wanted != c)) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null && !drop) {
                out.append(wanted);
            }
            lastSpace = space;
        }
        return out == null ? value : out.toString();
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String plainText(String value) {
        if (isAscii(value)) {
            return plainAscii(value);
        }
        String withoutAccents = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = NAME_NOISE.matcher(withoutAccents.replace('-', ' ')).replaceAll("");
        return SPACES.matcher(cleaned).replaceAll(" ").trim();
    }

    /** {@link #plainText} for ASCII, which has no accents: letters, digits and single spaces. */
    private static String plainAscii(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        boolean changed = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                changed |= c != ' ' || pendingSpace || out.length() == 0;
                pendingSpace = out.length() > 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            } else {
                changed = true;
            }
        }
        changed |= pendingSpace;
        return changed ? out.toString() : value;
    }
}
