package io.lakefront.connectors.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import org.junit.jupiter.api.Test;

class AudienceAnswerTest {
    private static final InterpretRequest REQUEST = InterpretRequest.of("Customers in Texas or Ohio, blorp");
    private static final String TX = "{\"field\": \"region\", \"op\": \"=\", \"value\": \"TX\"}";
    private static final String OH = "{\"field\": \"region\", \"op\": \"=\", \"value\": \"OH\"}";

    @Test
    void aFencedAnswerWithNestedConditionsAndMissedWordsIsRead() {
        AudienceAnswer answer = AudienceAnswer.parse("```json\n{\"filter\": {\"any\": [" + TX + ", " + OH + "]},"
                + " \"conditions\": [{\"words\": \"IN TEXAS\", \"filter\": " + TX + "}, {\"words\": \"Ohio\", \"filter\": "
                + OH + "}], \"not_understood\": [\"blorp\"], \"question\": null}\n```", REQUEST);

        assertThat(answer.filter()).isEqualTo(Filter.or(Filter.compare("region", "=", "TX"),
                Filter.compare("region", "=", "OH")));
        assertThat(answer.conditions().get(0).words()).isEqualTo("IN TEXAS");
        assertThat(answer.conditions().get(0).start()).isEqualTo(10);
        assertThat(answer.conditions().get(0).end()).isEqualTo(18);
        assertThat(answer.notUnderstood()).containsExactly("blorp");
        assertThat(answer.question()).isEmpty();
    }

    @Test
    void theSameNumberWrittenDifferentlyStillMakesTheConditionPartOfTheFilter() {
        AudienceAnswer answer = AudienceAnswer.parse("{\"filter\": {\"all\": [{\"field\": \"lifetime_spend\", \"op\": \">\","
                + " \"value\": 500}]}, \"conditions\": [{\"words\": \"Customers\", \"filter\": {\"field\": \"lifetime_spend\","
                + " \"op\": \">\", \"value\": 500.0}}]}", REQUEST);

        assertThat(answer.conditions().get(0).description()).isEqualTo("lifetime spend is more than 500");
    }

    @Test
    void aConditionThatIsNotPartOfTheFilterIsRefused() {
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": " + TX + ", \"conditions\": [{\"words\": \"Ohio\","
                + " \"filter\": " + OH + "}], \"not_understood\": [], \"question\": null}", REQUEST))
                .isInstanceOf(VerdictAnswer.Invalid.class)
                .hasMessage("conditions[0].filter: does not appear in filter (put each condition inside filter exactly as it is)");
    }

    @Test
    void everyOtherDepartureIsNamed() {
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": " + TX + ", \"explanation\": \"x\"}", REQUEST))
                .hasMessageContaining("unexpected key 'explanation'");
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"conditions\": []}", REQUEST))
                .hasMessage("filter is missing");
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": " + TX + ", \"not_understood\": [\"zzz\"]}", REQUEST))
                .hasMessageContaining("not_understood[0]: 'zzz' does not occur in the description");
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": " + TX + ", \"question\": {\"words\": \"Texas\","
                + " \"text\": \"Which?\", \"choices\": [{\"key\": \"a\", \"label\": \"A\"}]}}", REQUEST))
                .hasMessage("question.choices: a question needs at least two choices");
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": {\"field\": \"lifetime_spend\", \"op\": \">\","
                + " \"value\": \"lots\"}}", REQUEST))
                .hasMessage("filter: 'lots' is not a number for lifetime_spend");
        assertThatThrownBy(() -> AudienceAnswer.parse("{\"filter\": " + TX + "} {}", REQUEST))
                .hasMessageContaining("not one JSON object");
    }
}
