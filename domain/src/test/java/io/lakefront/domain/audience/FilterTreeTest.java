package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTreeTest {
    @Test
    void every_kind_of_condition_survives_the_trip_through_the_tree() {
        Filter filter = Filter.and(
                Filter.compare("region", "=", "TX"),
                Filter.compare("lifetime_spend", ">=", "$1,000"),
                Filter.between("birth_date", "1980-01-01", "1989-12-31"),
                Filter.in("loyalty_tier", "gold", "platinum"),
                new Filter.TextMatch(AudienceField.EMAIL, Filter.Match.CONTAINS, "gmail"),
                new Filter.IsNotEmpty(AudienceField.PHONE),
                Filter.not(new Filter.IsEmpty(AudienceField.CITY)),
                new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.ThisYear()),
                Filter.or(
                        new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, "outdoor", null),
                                new TimeWindow.LastDays(90), Operator.GT, new BigDecimal("500")),
                        new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.EQ, BigDecimal.ZERO),
                        new Filter.Event(new EventMeasure.Engagement("email", "open"),
                                new TimeWindow.Dates(LocalDate.of(2025, 1, 1), null), Operator.GE, BigDecimal.ONE),
                        new Filter.Event(EventMeasure.Purchases.count(), new TimeWindow.LastMonths(3), Operator.NE,
                                BigDecimal.TEN)),
                Filter.compare("email_opt_in", "=", "yes"));

        Map<String, Object> tree = FilterTree.write(filter);

        assertThat(FilterTree.read(tree)).isEqualTo(filter);
        assertThat(((List<?>) tree.get("all")).get(0)).isEqualTo(Map.of("field", "region", "op", "=", "value", "TX"));
    }

    @Test
    void a_problem_in_a_tree_names_where_it_is() {
        Map<String, Object> tree = Map.of("all", List.of(
                Map.of("field", "region", "op", "=", "value", "TX"),
                Map.of("any", List.of(Map.of("field", "shoe_size", "op", "=", "value", "9")))));

        assertThatThrownBy(() -> FilterTree.read(tree)).isInstanceOf(UserError.class)
                .hasMessage("filter.all[1].any[0]: unknown field 'shoe_size'");
        assertThatThrownBy(() -> FilterTree.read(Map.of("field", "lifetime_spend", "op", ">", "value", "lots")))
                .hasMessage("filter: 'lots' is not a number for lifetime_spend");
        assertThatThrownBy(() -> FilterTree.read(Map.of("event", "purchases", "op", ">=", "number", 1,
                "window", Map.of("last_days", 0))))
                .hasMessage("filter.window: a window of the last 0 days is empty: use at least 1");
        assertThatThrownBy(() -> FilterTree.read(Map.of("sql", "DROP TABLE gold_customer")))
                .hasMessageStartingWith("filter: expected one of all, any, not, field or event");
    }
}
