package io.lakefront.domain.gold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The type of a user-added gold field (gold.yaml {@code custom_fields}); a value that does not fit is left out. */
public enum GoldFieldType {
    TEXT, NUMBER, DATE, BOOLEAN;

    /** The value in its canonical text form, or {@code null} when it does not fit the type. */
    public String canonical(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return switch (this) {
            case TEXT -> v;
            case NUMBER -> {
                try {
                    yield new BigDecimal(v.replace(",", "")).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException notANumber) {
                    yield null;
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v).toString();
                } catch (DateTimeParseException notADate) {
                    yield null;
                }
            }
            case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> "true";
                case "false", "no", "n", "0" -> "false";
                default -> null;
            };
        };
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
