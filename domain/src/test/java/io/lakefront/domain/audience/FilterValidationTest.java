package io.lakefront.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterValidationTest {

    @Test
    void theCatalogueNamesEveryGoldColumnAndMetricWithItsTableAndType() {
        assertThat(AudienceField.named("lifetime_spend").table()).isEqualTo(AudienceTable.METRICS);
        assertThat(AudienceField.named(" Email_Opt_In ").type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(AudienceField.named("birth_date").type()).isEqualTo(FieldType.DATE);
        assertThat(AudienceField.named("last_order_at").qualifiedColumn()).isEqualTo("m.last_order_at");
        assertThat(AudienceField.named("region").qualifiedColumn()).isEqualTo("g.region");
        assertThat(AudienceField.values()).hasSize(33);
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> AudienceField.named("x")).isInstanceOf(UserError.class).hasMessage("unknown field 'x'");
        assertThatThrownBy(() -> Filter.compare("g.region; DROP TABLE", "=", "TX"))
                .isInstanceOf(UserError.class).hasMessage("unknown field 'g.region; DROP TABLE'");
    }

    @Test
    void valuesAreReadAsTheFieldsType() {
        assertThat(Value.parse(AudienceField.LIFETIME_SPEND, "$1,250.50")).isEqualTo(new Value.Number(new BigDecimal("1250.50")));
        assertThat(Value.parse(AudienceField.BIRTH_DATE, "1980-02-29")).isEqualTo(new Value.Date(LocalDate.of(1980, 2, 29)));
        assertThat(Value.parse(AudienceField.CREATED_AT, "2025-01-01"))
                .isEqualTo(new Value.Moment(Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(Value.parse(AudienceField.CREATED_AT, "2025-01-01T10:00:00Z"))
                .isEqualTo(new Value.Moment(Instant.parse("2025-01-01T10:00:00Z")));
        assertThat(Value.parse(AudienceField.SMS_OPT_IN, "Yes")).isEqualTo(new Value.Bool(true));
        assertThat(Value.parse(AudienceField.SMS_OPT_IN, "0")).isEqualTo(new Value.Bool(false));
        assertThat(Value.parse(AudienceField.CITY, " Austin ")).isEqualTo(new Value.Text("Austin"));
    }

    @Test
    void aValueThatDoesNotFitSaysWhatAndForWhichField() {
        assertThatThrownBy(() -> Filter.compare("lifetime_spend", ">", "abc"))
                .isInstanceOf(UserError.class).hasMessage("'abc' is not a number for lifetime_spend");
        assertThatThrownBy(() -> Filter.compare("birth_date", "<", "last week"))
                .hasMessage("'last week' is not a date (YYYY-MM-DD) for birth_date");
        assertThatThrownBy(() -> Filter.compare("email_opt_in", "=", "maybe"))
                .hasMessage("'maybe' is not yes or no for email_opt_in");
        assertThatThrownBy(() -> new Filter.Compare(AudienceField.ORDER_COUNT, Operator.EQ, new Value.Text("two")))
                .hasMessage("'two' is not a number for order_count");
        assertThatThrownBy(() -> new Filter.InSet(AudienceField.REGION, List.of(new Value.Text("TX"), Value.Number.of(5))))
                .hasMessage("'5' is not text for region");
    }

    @Test
    void conditionsThatDoNotApplyToAFieldsTypeAreRefused() {
        assertThatThrownBy(() -> Filter.compare("city", "<", "Austin"))
                .hasMessage("'<' does not apply to city (text): use = or !=");
        assertThatThrownBy(() -> Filter.between("loyalty_tier", "bronze", "gold"))
                .hasMessage("'between' does not apply to loyalty_tier (text)");
        assertThatThrownBy(() -> new Filter.TextMatch(AudienceField.ORDER_COUNT, Filter.Match.CONTAINS, "1"))
                .hasMessage("text match does not apply to order_count (a number)");
        assertThatThrownBy(() -> new Filter.InWindow(AudienceField.CITY, new TimeWindow.LastDays(30)))
                .hasMessage("a time window does not apply to city (text)");
        assertThatThrownBy(() -> Filter.in("region")).hasMessage("'in' needs at least one value for region");
        assertThatThrownBy(() -> Operator.parse("~")).hasMessage("unknown comparison '~' (use =, !=, <, <=, >, >=)");
    }

    @Test
    void eventConditionsOnlyAcceptTheContractsStatusesChannelsAndTypes() {
        assertThat(new EventMeasure.Tickets("OPEN").status()).isEqualTo("open");
        assertThat(new EventMeasure.Engagement("Email", "open")).isEqualTo(new EventMeasure.Engagement("email", "open"));
        assertThat(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, " ", "Trail Shoe").category()).isNull();
        assertThatThrownBy(() -> new EventMeasure.Tickets("solved"))
                .hasMessage("unknown ticket status 'solved' (open, pending, closed)");
        assertThatThrownBy(() -> new EventMeasure.Engagement("fax", null))
                .hasMessage("unknown channel 'fax' (email, sms, push, web)");
        assertThatThrownBy(() -> new EventMeasure.Engagement(null, "like"))
                .hasMessage("unknown engagement type 'like' (sent, delivered, open, click, unsubscribe, bounce, visit)");
    }

    @Test
    void windowsMustNotBeEmpty() {
        assertThatThrownBy(() -> new TimeWindow.LastDays(0)).hasMessage("a window of the last 0 days is empty: use at least 1");
        assertThatThrownBy(() -> new TimeWindow.Dates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessage("the date window ends (2026-01-01) before it starts (2026-02-01)");
        assertThatThrownBy(() -> new TimeWindow.Dates(null, null))
                .hasMessage("a date window needs a start date, an end date or both");
    }
}
