package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Who is in an audience, as a typed tree: the one form every way of describing an audience (words,
 * a language model, chips on the screen) ends in, validated when it is built and compiled to SQL by
 * {@link FilterCompiler}. A condition on a field that has no value is false; {@link Not} is its exact
 * complement, so "not in Texas" includes customers whose region is unknown.
 */
public sealed interface Filter {

    /** All of {@code parts}; none is everyone. */
    record And(List<Filter> parts) implements Filter {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Any of {@code parts}; none is no one. */
    record Or(List<Filter> parts) implements Filter {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** Everyone {@code filter} does not select. */
    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** {@code field op value}; {@code <, <=, >, >=} need a number, date or time field; text compares ignoring case. */
    record Compare(AudienceField field, Operator op, Value value) implements Filter {
        public Compare {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            Value.requireFits(field, value);
            if (op.ordering() && !field.type().ordered()) {
                throw new UserError("'" + op.sql() + "' does not apply to " + field.fieldName() + " ("
                        + field.type().label() + "): use = or !=");
            }
        }
    }

    /** {@code low <= field <= high}, both ends included. */
    record Between(AudienceField field, Value low, Value high) implements Filter {
        public Between {
            Objects.requireNonNull(field, "field");
            Value.requireFits(field, low);
            Value.requireFits(field, high);
            if (!field.type().ordered()) {
                throw new UserError("'between' does not apply to " + field.fieldName() + " (" + field.type().label() + ")");
            }
        }
    }

    /** The field equals one of {@code values} (text ignoring case). */
    record InSet(AudienceField field, List<Value> values) implements Filter {
        public InSet {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new UserError("'in' needs at least one value for " + field.fieldName());
            }
            for (Value value : values) {
                Value.requireFits(field, value);
            }
        }
    }

    /** How {@link TextMatch} matches. */
    enum Match {
        CONTAINS, STARTS_WITH
    }

    /** A text field contains or starts with {@code text}, ignoring case. */
    record TextMatch(AudienceField field, Match match, String text) implements Filter {
        public TextMatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(match, "match");
            if (field.type() != FieldType.TEXT) {
                throw new UserError("text match does not apply to " + field.fieldName() + " (" + field.type().label() + ")");
            }
            if (text == null || text.isEmpty()) {
                throw new UserError("text match on " + field.fieldName() + " needs some text");
            }
        }
    }

    /** The field has no value (empty text counts as none). */
    record IsEmpty(AudienceField field) implements Filter {
        public IsEmpty {
            Objects.requireNonNull(field, "field");
        }
    }

    /** The field has a value. */
    record IsNotEmpty(AudienceField field) implements Filter {
        public IsNotEmpty {
            Objects.requireNonNull(field, "field");
        }
    }

    /** A date or time field falls within {@code window}. */
    record InWindow(AudienceField field, TimeWindow window) implements Filter {
        public InWindow {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(window, "window");
            if (!field.type().temporal()) {
                throw new UserError("a time window does not apply to " + field.fieldName() + " (" + field.type().label() + ")");
            }
        }
    }

    /**
     * {@code measure} of a customer's events within {@code window} ({@code null}: all time) compared
     * with {@code number}. Customers without events count zero and total zero, so "count = 0" selects
     * those who never bought; an average over no events has no value and matches nothing.
     */
    record Event(EventMeasure measure, TimeWindow window, Operator op, BigDecimal number) implements Filter {
        public Event {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(number, "number");
        }
    }

    static Filter and(Filter... parts) {
        return new And(Arrays.asList(parts));
    }

    static Filter or(Filter... parts) {
        return new Or(Arrays.asList(parts));
    }

    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /** {@code field op text}, the text read as the field's type ({@link Value#parse}). */
    static Filter compare(String field, String op, String text) {
        AudienceField f = AudienceField.named(field);
        return new Compare(f, Operator.parse(op), Value.parse(f, text));
    }

    static Filter between(String field, String low, String high) {
        AudienceField f = AudienceField.named(field);
        return new Between(f, Value.parse(f, low), Value.parse(f, high));
    }

    static Filter in(String field, String... values) {
        AudienceField f = AudienceField.named(field);
        return new InSet(f, Arrays.stream(values).map(v -> Value.parse(f, v)).toList());
    }
}
