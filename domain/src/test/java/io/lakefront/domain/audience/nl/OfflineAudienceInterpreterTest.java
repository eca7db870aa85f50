package io.lakefront.domain.audience.nl;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.time.WorkspaceClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind of phrase the offline interpreter understands, read against a demo-like catalogue with
 * the clock at 2026-10-20 (the filters are compared through their plain-language form).
 */
class OfflineAudienceInterpreterTest {
    private final OfflineAudienceInterpreter interpreter = new OfflineAudienceInterpreter(new DemoLikeCatalogue(),
            Glossary.defaults(), new LexicalSynonyms(), WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z")));

    private Interpretation read(String text) {
        return interpreter.interpret(text);
    }

    private String means(String text) {
        Interpretation result = read(text);
        assertThat(result.notUnderstood()).as("not understood in '%s'", text).isEmpty();
        assertThat(result.question()).as("question for '%s'", text).isEmpty();
        return FilterText.describe(result.filter());
    }

    @Test
    void moneyWithSeparatorsAndShorthands() {
        assertThat(means("spent over $1,000")).isEqualTo("lifetime spend is more than 1000");
        assertThat(means("spent at least 1k")).isEqualTo("lifetime spend is at least 1000");
        assertThat(means("spent more than 1.5k")).isEqualTo("lifetime spend is more than 1500");
        assertThat(means("spent under 2,500 dollars")).isEqualTo("lifetime spend is less than 2500");
    }

    @Test
    void comparisons() {
        assertThat(means("more than 3 orders")).isEqualTo("order count is more than 3");
        assertThat(means("at least 3 orders")).isEqualTo("order count is at least 3");
        assertThat(means("exactly 3 orders")).isEqualTo("order count is 3");
        assertThat(means("3 or more orders")).isEqualTo("order count is at least 3");
        assertThat(means("fewer than 3 orders")).isEqualTo("order count is less than 3");
        assertThat(means("no more than 3 orders")).isEqualTo("order count is at most 3");
        assertThat(means("spent between $100 and $500")).isEqualTo("lifetime spend between 100 and 500");
        assertThat(means("average order above $80")).isEqualTo("avg order value is more than 80");
    }

    @Test
    void relativeAndCalendarTime() {
        assertThat(means("bought in the last 90 days")).isEqualTo("purchases is at least 1 in the last 90 days");
        assertThat(means("ordered in the past 3 months")).isEqualTo("purchases is at least 1 in the last 3 months");
        assertThat(means("bought since January")).isEqualTo("purchases is at least 1 since 2026-01-01");
        assertThat(means("bought since November")).isEqualTo("purchases is at least 1 since 2025-11-01");
        assertThat(means("bought this year")).isEqualTo("purchases is at least 1 this year");
        assertThat(means("bought this month")).isEqualTo("purchases is at least 1 since 2026-10-01");
        assertThat(means("bought in 2025")).isEqualTo("purchases is at least 1 from 2025-01-01 to 2025-12-31");
        assertThat(means("bought last year")).isEqualTo("purchases is at least 1 from 2025-01-01 to 2025-12-31");
        assertThat(means("bought in the last year")).isEqualTo("purchases is at least 1 in the last 12 months");
        assertThat(means("spent over $500 in the last 90 days")).isEqualTo("total spent is more than 500 in the last 90 days");
    }

    @Test
    void negations() {
        assertThat(means("who haven't bought anything in 6 months"))
                .isEqualTo("not purchases is at least 1 in the last 6 months");
        assertThat(means("without open tickets")).isEqualTo("not open support tickets is at least 1");
        assertThat(means("not in Texas")).isEqualTo("not region is TX (Texas)");
        assertThat(means("gold members excluding Texas")).isEqualTo("loyalty tier is gold and not region is TX (Texas)");
        assertThat(means("never bought shoes")).isEqualTo("not purchases in Footwear is at least 1");
    }

    @Test
    void placesByNameCodeAndCity() {
        assertThat(means("in Texas")).isEqualTo("region is TX (Texas)");
        assertThat(means("in TX")).isEqualTo("region is TX (Texas)");
        assertThat(means("in Ontario")).isEqualTo("region is ON (Ontario)");
        assertThat(means("in Bavaria")).isEqualTo("region is BY (Bavaria)");
        assertThat(means("in Scotland")).isEqualTo("region is SCT (Scotland)");
        assertThat(means("in Germany")).isEqualTo("country is DE (Germany)");
        assertThat(means("in the UK")).isEqualTo("country is GB (the United Kingdom)");
        assertThat(means("in Houston")).isEqualTo("city is Houston");
        assertThat(means("in Munich")).isEqualTo("city is München");
        assertThat(means("in Montreal")).isEqualTo("city is Montréal");
        assertThat(means("in New York")).isEqualTo("region is NY (New York)");
        assertThat(means("in Texas, Florida or Ohio")).isEqualTo("region is TX (Texas), FL (Florida) or OH (Ohio)");
        assertThat(means("in Portland, Oregon")).isEqualTo("city is Portland and region is OR (Oregon)");
        assertThat(means("Canadian customers")).isEqualTo("country is CA (Canada)");
    }

    @Test
    void shortLowerCaseWordsAreNeverPlaceCodes() {
        assertThat(means("gold members in Texas or in Ohio")).isEqualTo("loyalty tier is gold and region is TX (Texas) or OH (Ohio)");
        assertThat(read("customers in me").conditions()).isEmpty();
    }

    @Test
    void californiaOrCanadaIsAskedAndTheCertainPartKept() {
        Interpretation result = read("gold members in CA");
        assertThat(result.ambiguous()).isTrue();
        Interpretation.Question question = result.question().orElseThrow();
        assertThat(question.words()).isEqualTo("CA");
        assertThat(question.choices()).extracting(Interpretation.Choice::key).containsExactly("region:CA", "country:CA");
        assertThat(FilterText.describe(result.filter())).isEqualTo("loyalty tier is gold");

        Interpretation answered = interpreter.interpret(InterpretRequest.of("gold members in CA").answering("CA", "country:CA"));
        assertThat(answered.ambiguous()).isFalse();
        assertThat(FilterText.describe(answered.filter())).isEqualTo("loyalty tier is gold and country is CA (Canada)");
    }

    @Test
    void georgiaAndACityInTwoStatesAreAsked() {
        assertThat(read("customers in Georgia").question().orElseThrow().choices())
                .extracting(Interpretation.Choice::key).containsExactly("region:GA", "country:GE");
        Interpretation portland = read("customers in Portland");
        assertThat(portland.question().orElseThrow().choices()).extracting(Interpretation.Choice::key)
                .containsExactly("city:Portland|region:OR", "city:Portland|region:ME");
        // Kansas City's one stray customer in another state makes no question.
        assertThat(means("customers in Kansas City")).isEqualTo("city is Kansas City");
        Interpretation maine = interpreter.interpret(InterpretRequest.of("customers in Portland")
                .answering("Portland", "city:Portland|region:ME"));
        assertThat(FilterText.describe(maine.filter())).isEqualTo("city is Portland and region is ME (Maine)");
    }

    @Test
    void categoriesAndProductsThroughSynonyms() {
        assertThat(means("bought sneakers")).isEqualTo("purchases in Footwear is at least 1");
        assertThat(means("electronics buyers")).isEqualTo("purchases in Electronics is at least 1");
        assertThat(means("bought hiking boots")).isEqualTo("purchases of Hiking Boots is at least 1");
        assertThat(means("bought running shoes")).isEqualTo("purchases of Trail Running Shoes is at least 1");
        assertThat(means("spent over $200 on beauty products")).isEqualTo("total spent in Beauty is more than 200");
        assertThat(means("top category is toys")).isEqualTo("top category is Toys & Games");
    }

    @Test
    void tiers() {
        assertThat(means("gold members")).isEqualTo("loyalty tier is gold");
        assertThat(means("platinum")).isEqualTo("loyalty tier is platinum");
        assertThat(means("silver or gold members")).isEqualTo("loyalty tier is silver or gold");
        assertThat(means("gold tier or above")).isEqualTo("loyalty tier is gold or platinum");
    }

    @Test
    void consent() {
        assertThat(means("subscribed to email")).isEqualTo("email consent is yes");
        assertThat(means("opted in to sms")).isEqualTo("sms consent is yes");
        assertThat(means("reachable by push")).isEqualTo("push consent is yes");
        assertThat(means("opted out of email")).isEqualTo("email consent is no");
        assertThat(means("subscribed to email and sms")).isEqualTo("email consent is yes and sms consent is yes");
    }

    @Test
    void agesAgainstTheClock() {
        assertThat(means("over 40")).isEqualTo("birth date is at most 1985-10-20");
        assertThat(means("under 30")).isEqualTo("birth date is more than 1996-10-20");
        assertThat(means("aged 25 to 34")).isEqualTo("birth date between 1991-10-21 and 2001-10-20");
        assertThat(means("born in the 80s")).isEqualTo("birth date between 1980-01-01 and 1989-12-31");
        assertThat(means("65 or older")).isEqualTo("birth date is at most 1961-10-20");
        assertThat(means("in their 30s")).isEqualTo("birth date between 1986-10-21 and 1996-10-20");
    }

    @Test
    void ageIsNotReadInsideMoneyOrCounts() {
        assertThat(means("spent over 40")).isEqualTo("lifetime spend is more than 40");
        assertThat(means("over 40 orders")).isEqualTo("order count is more than 40");
    }

    @Test
    void contactCompleteness() {
        assertThat(means("with a phone number")).isEqualTo("has a phone");
        assertThat(means("without an email")).isEqualTo("no email");
        assertThat(means("with an email address and a phone number")).isEqualTo("has a email and has a phone");
    }

    @Test
    void engagementAndTickets() {
        assertThat(means("opened an email in the last 30 days")).isEqualTo("email opens is at least 1 in the last 30 days");
        assertThat(means("clicked an sms")).isEqualTo("sms clicks is at least 1");
        assertThat(means("visited the website")).isEqualTo("web visits is at least 1");
        assertThat(means("with an open ticket")).isEqualTo("open support tickets is at least 1");
        assertThat(means("with more than 2 tickets")).isEqualTo("support tickets is more than 2");
    }

    @Test
    void metricsAndGlossary() {
        assertThat(means("high churn risk")).isEqualTo("churn risk is at least 0.7");
        assertThat(means("churn risk below 50%")).isEqualTo("churn risk is less than 0.5");
        assertThat(means("VIP customers")).isEqualTo("lifetime spend is at least 2000");
        assertThat(means("lapsed customers")).isEqualTo("days since last order is more than 180");
        assertThat(means("haven't ordered in 6 months")).isEqualTo("not purchases is at least 1 in the last 6 months");
        assertThat(read("VIP customers").conditions().get(0).description()).startsWith("VIP: ");
    }

    @Test
    void aWorkspaceGlossaryIsUsed() {
        GlossaryTerm whales = new GlossaryTerm("whales", List.of("whales"), "spend over 10,000",
                Filter.compare("lifetime_spend", ">", "10000"));
        OfflineAudienceInterpreter own = new OfflineAudienceInterpreter(new DemoLikeCatalogue(), List.of(whales),
                new LexicalSynonyms(), WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z")));
        assertThat(FilterText.describe(own.interpret("whales in Texas").filter()))
                .isEqualTo("lifetime spend is more than 10000 and region is TX (Texas)");
        assertThat(own.interpret("VIP customers").notUnderstood()).containsExactly("VIP");
    }

    @Test
    void orBindsCloserThanAnd() {
        Filter filter = read("VIP or high churn risk in Texas").filter();
        assertThat(filter).isInstanceOf(Filter.And.class);
        assertThat(((Filter.And) filter).parts().get(0)).isInstanceOf(Filter.Or.class);
    }

    @Test
    void conditionsPointAtTheirWords() {
        String text = "gold members in Texas who spent over $1,000 in the last 90 days";
        Interpretation result = read(text);
        assertThat(result.conditions()).extracting(Interpretation.InterpretedCondition::words)
                .containsExactly("gold members", "Texas", "who spent over $1,000 in the last 90 days");
        for (Interpretation.InterpretedCondition c : result.conditions()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.words());
        }
        assertThat(result.interpreter()).isEqualTo("offline");
    }

    @Test
    void meaningfulLeftoverWordsAreReportedFillerIsNot() {
        Interpretation result = read("show me all the customers who are purple unicorns in Texas");
        assertThat(result.notUnderstood()).containsExactly("purple unicorns");
        assertThat(FilterText.describe(result.filter())).isEqualTo("region is TX (Texas)");
        assertThat(read("customers").filter()).isEqualTo(new Filter.And(List.of()));
    }

    @Test
    void refinementsKeepTheEarlierConditions() {
        Interpretation gold = read("gold members");
        Interpretation texas = interpreter.interpret(new InterpretRequest("only those in Texas", Optional.of(gold), Map.of()));
        assertThat(FilterText.describe(texas.filter())).isEqualTo("loyalty tier is gold and region is TX (Texas)");
        assertThat(texas.conditions()).hasSize(2);
        assertThat(texas.conditions().get(0).words()).isEmpty();
        assertThat(texas.conditions().get(0).start()).isEqualTo(-1);
        assertThat(texas.conditions().get(1).words()).isEqualTo("Texas");

        Interpretation noTickets = interpreter.interpret(new InterpretRequest("exclude anyone with an open ticket",
                Optional.of(texas), Map.of()));
        assertThat(FilterText.describe(noTickets.filter()))
                .isEqualTo("(loyalty tier is gold and region is TX (Texas)) and not open support tickets is at least 1");

        Interpretation platinum = interpreter.interpret(new InterpretRequest("also include platinum members",
                Optional.of(gold), Map.of()));
        assertThat(FilterText.describe(platinum.filter())).isEqualTo("loyalty tier is gold or loyalty tier is platinum");
    }

    @Test
    void excludeAtTheStartNegatesTheWholeRest() {
        assertThat(means("exclude gold members in Texas")).isEqualTo("not (loyalty tier is gold and region is TX (Texas))");
    }

    @Test
    void listsOfProductsStatusesAndASecondWindow() {
        assertThat(means("bought both footwear and apparel"))
                .isEqualTo("purchases in Footwear is at least 1 and purchases in Apparel is at least 1");
        assertThat(means("bought a fountain pen or a cookbook"))
                .isEqualTo("purchases of Fountain Pen is at least 1 or purchases of Cookbook is at least 1");
        assertThat(means("with open or pending tickets"))
                .isEqualTo("open support tickets is at least 1 or pending support tickets is at least 1");
        assertThat(means("bought books in 2025 but not in 2026")).isEqualTo("purchases in Books & Stationery is at least 1 "
                + "from 2025-01-01 to 2025-12-31 and not purchases in Books & Stationery is at least 1 from 2026-01-01 to 2026-12-31");
        assertThat(means("platinum members with more than $5,000 lifetime spend"))
                .isEqualTo("loyalty tier is platinum and lifetime spend is more than 5000");
    }

    @Test
    void secondHeldOutPhrasings() {
        assertThat(means("bought more than $1,000 worth of electronics")).isEqualTo("total spent in Electronics is more than 1000");
        assertThat(means("without a loyalty tier in Canada")).isEqualTo("loyalty tier is none and country is CA (Canada)");
        assertThat(means("ordered 2 to 4 times")).isEqualTo("order count between 2 and 4");
        assertThat(means("whose email opt-in is false")).isEqualTo("email consent is no");
    }

    @Test
    void oddInputNeverThrowsAndSaysWhatItMissed() {
        for (String odd : List.of("", "   ", "%%%", "$", "aged 200", "in the last 0 days", "between 500 and 100 orders",
                "born in 3000", "CA CA CA", "not not not", "exclude", "only those", "spent over", "-5 orders", "🙂 gold")) {
            Interpretation result = read(odd);
            assertThat(result.text()).isEqualTo(odd);
            assertThat(result.filter()).isNotNull();
        }
        assertThat(read("spent over").notUnderstood()).containsExactly("spent over");
    }

    @Test
    void filterTextDescribesWindowsAndEvents() {
        assertThat(FilterText.describe(new Filter.InWindow(AudienceField.CREATED_AT,
                new io.lakefront.domain.audience.TimeWindow.LastMonths(1)))).isEqualTo("created at in the last 1 month");
        assertThat(FilterText.describe(new Filter.Or(List.of()))).isEqualTo("no one");
        assertThat(FilterText.describe(Filter.in("region", "TX", "CA"))).isEqualTo("region is TX (Texas) or CA (California)");
    }
}
