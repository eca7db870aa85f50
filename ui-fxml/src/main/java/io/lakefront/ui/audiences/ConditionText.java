package io.lakefront.ui.audiences;

import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one value of a simple condition a person may edit on its chip (the chip's words come from
 * {@code FilterText.describe}, the same sentence the interpreter and the command line use): a comparison's value, a set's values, an
 * event condition's number. Editing reads the text as the field's type, so a chip cannot hold a value
 * its field does not take.
 */
final class ConditionText {
    private ConditionText() {
    }

    static Optional<String> editable(Filter filter) {
        if (filter instanceof Filter.Compare c) {
            return Optional.of(text(c.value()));
        }
        if (filter instanceof Filter.InSet in) {
            return Optional.of(in.values().stream().map(ConditionText::text).collect(Collectors.joining(", ")));
        }
        if (filter instanceof Filter.Event e) {
            return Optional.of(e.number().stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    /** The condition with its value replaced by {@code text}; a {@link UserError} when the text does not fit. */
    static Filter edit(Filter filter, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new UserError("type a value, or remove the condition");
        }
        if (filter instanceof Filter.Compare c) {
            if (c.op() == Operator.EQ && value.contains(",") && c.field().type() == io.lakefront.domain.audience.FieldType.TEXT) {
                return new Filter.InSet(c.field(), values(c.field(), value));
            }
            return new Filter.Compare(c.field(), c.op(), Value.parse(c.field(), value));
        }
        if (filter instanceof Filter.InSet in) {
            return new Filter.InSet(in.field(), values(in.field(), value));
        }
        if (filter instanceof Filter.Event e) {
            try {
                return new Filter.Event(e.measure(), e.window(), e.op(), new BigDecimal(value.replace(",", "").replaceFirst("^\\$", "")));
            } catch (NumberFormatException notANumber) {
                throw new UserError("'" + value + "' is not a number");
            }
        }
        throw new UserError("this condition is changed by describing it again");
    }

    /** Comma-separated values ("TX, OK"): one of them. */
    private static List<Value> values(AudienceField field, String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> Value.parse(field, v)).toList();
    }

    private static String text(Value value) {
        if (value instanceof Value.Number n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        }
        return String.valueOf(value.sqlValue());
    }
}
