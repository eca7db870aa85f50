package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test fake of {@link AudienceQuery} that evaluates the filters the brief code builds (and, or, not,
 * comparisons, between, is-not-empty, purchase counts in the last days) over customers held in memory.
 */
final class InMemoryCustomers implements AudienceQuery {
    record Customer(String id, Map<AudienceField, Object> fields, List<Instant> purchases) { }

    private final List<Customer> customers = new ArrayList<>();
    int counts;

    Customer add(String id, Object... fieldsAndValues) {
        Map<AudienceField, Object> fields = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((AudienceField) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        Customer customer = new Customer(id, fields, new ArrayList<>());
        customers.add(customer);
        return customer;
    }

    @Override
    public long count(Filter filter, Instant now) {
        counts++;
        return customers.stream().filter(c -> matches(filter, c, now)).count();
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        return customers.stream().filter(c -> matches(filter, c, now)).map(Customer::id).sorted().toList();
    }

    private static boolean matches(Filter filter, Customer c, Instant now) {
        if (filter instanceof Filter.And and) {
            return and.parts().stream().allMatch(p -> matches(p, c, now));
        }
        if (filter instanceof Filter.Or or) {
            return or.parts().stream().anyMatch(p -> matches(p, c, now));
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.filter(), c, now);
        }
        if (filter instanceof Filter.IsNotEmpty e) {
            return c.fields().get(e.field()) != null;
        }
        if (filter instanceof Filter.Compare cmp) {
            Object value = c.fields().get(cmp.field());
            if (value == null) {
                return false;
            }
            if (cmp.value() instanceof Value.Bool b) {
                return value.equals(b.value()) == (cmp.op() == Operator.EQ);
            }
            if (cmp.value() instanceof Value.Number n) {
                return compare(new BigDecimal(value.toString()).compareTo(n.value()), cmp.op());
            }
            return value.toString().equalsIgnoreCase(String.valueOf(cmp.value().sqlValue())) == (cmp.op() == Operator.EQ);
        }
        if (filter instanceof Filter.Event event && event.measure() instanceof EventMeasure.Purchases) {
            int days = ((TimeWindow.LastDays) event.window()).days();
            long n = c.purchases().stream().filter(p -> !p.isBefore(now.minus(days, ChronoUnit.DAYS))).count();
            return compare(BigDecimal.valueOf(n).compareTo(event.number()), event.op());
        }
        throw new UnsupportedOperationException("the fake does not evaluate " + filter);
    }

    private static boolean compare(int sign, Operator op) {
        return switch (op) {
            case EQ -> sign == 0;
            case NE -> sign != 0;
            case LT -> sign < 0;
            case LE -> sign <= 0;
            case GT -> sign > 0;
            case GE -> sign >= 0;
        };
    }
}
