package io.lakefront.domain.prep;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts to plain decimals ({@code 1.234,56 €} → {@code 1234.56}, {@code $1,234.5} → {@code 1234.5}). A
 * lone separator followed by exactly three digits is read as a thousands separator ({@code 1.234} → 1234),
 * the way both German and English exports write whole amounts.
 */
public final class MoneyNormalizer implements Normalizer {
    private static final Pattern SIGNS_AND_SPACES = Pattern.compile("[$€£¥\\s\u00a0']");
    private static final Pattern CURRENCY_CODE = Pattern.compile("(?i)^[a-z]{3}|[a-z]{3}$");
    private static final Pattern SIGN_AND_PARENTHESES = Pattern.compile("[-+()]");
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]+");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String text = raw.strip();
        boolean negative = false;
        // Plain amounts (digits and separators only) have nothing for the patterns to remove.
        if (!digitsAndSeparators(text)) {
            text = CURRENCY_CODE.matcher(SIGNS_AND_SPACES.matcher(text).replaceAll("")).replaceAll("");
            negative = text.startsWith("-") || (text.startsWith("(") && text.endsWith(")"));
            text = SIGN_AND_PARENTHESES.matcher(text).replaceAll("");
            if (!DIGITS_AND_SEPARATORS.matcher(text).matches()) {
                return Normalized.invalid(raw, "not an amount");
            }
        }
        if (!Text.hasDigit(text)) {
            return Normalized.invalid(raw, "not an amount");
        }
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        int decimal = Math.max(lastDot, lastComma);
        String digits;
        if (decimal < 0) {
            digits = text;
        } else {
            char separator = text.charAt(decimal);
            boolean bothUsed = lastDot >= 0 && lastComma >= 0;
            boolean single = text.indexOf(separator) == decimal;
            int after = text.length() - decimal - 1;
            if (!bothUsed && (!single || after == 3)) {
                digits = text.replace(String.valueOf(separator), "");
            } else {
                String whole = text.substring(0, decimal).replace(".", "").replace(",", "");
                digits = whole + "." + text.substring(decimal + 1);
            }
        }
        try {
            BigDecimal amount = new BigDecimal(digits);
            return Normalized.valid((negative ? amount.negate() : amount).toPlainString());
        } catch (NumberFormatException e) {
            return Normalized.invalid(raw, "not an amount");
        }
    }

    private static boolean digitsAndSeparators(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    @Override
    public String rule() {
        return "currency signs dropped; decimal comma or point; thousands separators removed; plain decimal";
    }
}
