package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/** A typed value a condition compares a field with; {@link #parse} reads one from text for a field. */
public sealed interface Value {
    FieldType type();

    /** The value as bound to a SQL parameter. */
    Object sqlValue();

    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override public FieldType type() { return FieldType.TEXT; }
        @Override public Object sqlValue() { return value; }
    }

    record Number(BigDecimal value) implements Value {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        public static Number of(long value) {
            return new Number(BigDecimal.valueOf(value));
        }

        public static Number of(String value) {
            return new Number(new BigDecimal(value));
        }

        @Override public FieldType type() { return FieldType.NUMBER; }
        @Override public Object sqlValue() { return value; }
    }

    record Date(LocalDate value) implements Value {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override public FieldType type() { return FieldType.DATE; }
        @Override public Object sqlValue() { return value; }
    }

    record Moment(Instant value) implements Value {
        public Moment {
            Objects.requireNonNull(value, "value");
        }

        @Override public FieldType type() { return FieldType.INSTANT; }
        @Override public Object sqlValue() { return value; }
    }

    record Bool(boolean value) implements Value {
        @Override public FieldType type() { return FieldType.BOOLEAN; }
        @Override public Object sqlValue() { return value; }
    }

    /**
     * Reads {@code text} as a value of {@code field}'s type: numbers may carry thousands separators
     * and a leading {@code $}; a date and time may be given as a date (start of that day, UTC);
     * yes/no values read true/false, yes/no, y/n, 1/0.
     */
    static Value parse(AudienceField field, String text) {
        String v = text == null ? "" : text.strip();
        return switch (field.type()) {
            case TEXT -> new Text(v);
            case NUMBER -> {
                try {
                    yield new Number(new BigDecimal(v.replace(",", "").replaceFirst("^\\$", "")));
                } catch (NumberFormatException notANumber) {
                    throw notA(v, "a number", field);
                }
            }
            case DATE -> {
                try {
                    yield new Date(LocalDate.parse(v));
                } catch (DateTimeException notADate) {
                    throw notA(v, "a date (YYYY-MM-DD)", field);
                }
            }
            case INSTANT -> {
                try {
                    yield new Moment(v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                            : Instant.parse(v));
                } catch (DateTimeException notAnInstant) {
                    throw notA(v, "a date or an ISO instant", field);
                }
            }
            case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> new Bool(true);
                case "false", "no", "n", "0" -> new Bool(false);
                default -> throw notA(v, "yes or no", field);
            };
        };
    }

    /** Checks that {@code value} fits {@code field}; the message names both. */
    static void requireFits(AudienceField field, Value value) {
        Objects.requireNonNull(value, "value");
        if (value.type() != field.type()) {
            throw new UserError("'" + value.sqlValue() + "' is not " + field.type().label() + " for " + field.fieldName());
        }
    }

    private static UserError notA(String text, String what, AudienceField field) {
        return new UserError("'" + text + "' is not " + what + " for " + field.fieldName());
    }
}
