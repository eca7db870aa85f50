package io.lakefront.domain.prep;

import java.util.regex.Pattern;

/** Patterns single values are checked against. Each says what one value looks like, not what a column is. */
final class ValueShapes {
    static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}$");
    static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9()\\-. /]+(?:\\s*(?:x|ext\\.?)\\s*\\d{1,5})?$");
    static final Pattern US_ZIP = Pattern.compile("^\\d{5}(?:-\\d{4})?$");
    static final Pattern ZIP_PLUS4 = Pattern.compile("^\\d{5}-\\d{4}$");
    static final Pattern CANADIAN_POSTCODE = Pattern.compile("^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$");
    static final Pattern UK_POSTCODE = Pattern.compile("^[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}$");
    static final Pattern DUTCH_POSTCODE = Pattern.compile("^\\d{4} ?[A-Za-z]{2}$");
    static final Pattern FOUR_OR_FIVE_DIGITS = Pattern.compile("^\\d{4,5}$");
    static final Pattern SSN = Pattern.compile("^\\d{3}-\\d{2}-\\d{4}$");
    /** UK National Insurance number, e.g. {@code AB123456C} or {@code AB 12 34 56 C}. */
    static final Pattern UK_NINO = Pattern.compile("^[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]$");
    static final Pattern DIGITS = Pattern.compile("^\\d+$");
    static final Pattern INTEGER = Pattern.compile("^-?\\d{1,12}$");
    static final Pattern STREET_NUMBER = Pattern.compile("^\\d{1,4}\\s?[A-Za-z]?$|^\\d{1,4}\\s?[A-Za-z]?\\s?[-/]\\s?\\d{1,4}\\s?[A-Za-z]?$");
    static final Pattern MONEY = Pattern.compile(
            "^[-+]?(?:[$€£¥]|[A-Za-z]{3})?\\s?-?(?:\\d{1,3}(?:[.,' \u00a0]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?\\s?(?:[$€£¥]|[A-Za-z]{3})?$");
    static final Pattern CURRENCY_SIGN = Pattern.compile("[$€£¥]|^[A-Za-z]{3}\\s?\\d|\\d\\s?[A-Za-z]{3}$");
    static final Pattern TWO_DECIMALS = Pattern.compile("[.,]\\d{2}(?:\\s?(?:[$€£¥]|[A-Za-z]{3}))?$");
    static final Pattern ID_LIKE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:\\-/#]{0,47}$");
    static final Pattern NAME_WORDS = Pattern.compile("^[\\p{L}'’.\\-]+(?: [\\p{L}'’.\\-]+){0,3}$");
    static final Pattern LAST_COMMA_FIRST = Pattern.compile("^[\\p{L}'’\\-]+(?: [\\p{L}'’\\-]+)?, ?[\\p{L}'’.\\-]+(?: [\\p{L}'’.\\-]+)?$");

    private ValueShapes() {
    }

    /** The digits of a value, for phone numbers and ids. */
    static String digits(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The shape of a value: letters become {@code a}, digits {@code 9}, runs collapse; {@code rec-123-org}
     * gives {@code a-9-a}. Id columns keep one shape.
     */
    static String shape(String value) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char kind = Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '9' : c;
            if (kind != last || (kind != 'a' && kind != '9')) {
                out.append(kind);
            }
            last = kind;
        }
        return out.toString();
    }
}
