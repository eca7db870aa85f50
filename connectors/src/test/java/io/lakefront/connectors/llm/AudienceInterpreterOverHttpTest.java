package io.lakefront.connectors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.connectors.llm.OpenAiProtocolServer.Reply;
import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.EventMeasure;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.TimeWindow;
import io.lakefront.domain.audience.ValueCatalogue;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audience interpreter with the production LangChain4j client talking to a loopback server that
 * speaks OpenAI's chat-completions protocol: what is sent, how answers become filters, how invalid
 * answers are repaired, and when the offline interpreter takes over.
 */
class AudienceInterpreterOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "gold members in Texas who spent over $500 on outdoor gear in the last 90 days";
    private static final String VALID = """
            {"filter": {"all": [
                {"field": "loyalty_tier", "op": "=", "value": "gold"},
                {"field": "region", "op": "=", "value": "TX"},
                {"event": "purchases", "measure": "sum", "category": "outdoor", "window": {"last_days": 90},
                 "op": ">", "number": 500}]},
             "conditions": [
                {"words": "gold members", "filter": {"field": "loyalty_tier", "op": "=", "value": "gold"}},
                {"words": "in Texas", "filter": {"field": "region", "op": "=", "value": "TX"}},
                {"words": "spent over $500 on outdoor gear in the last 90 days",
                 "filter": {"event": "purchases", "measure": "sum", "category": "outdoor",
                            "window": {"last_days": 90}, "op": ">", "number": 500}}],
             "not_understood": [],
             "question": null}""";
    private static final Filter EXPECTED = Filter.and(
            Filter.compare("loyalty_tier", "=", "gold"),
            Filter.compare("region", "=", "TX"),
            new Filter.Event(new EventMeasure.Purchases(EventMeasure.Aggregate.SUM, "outdoor", null),
                    new TimeWindow.LastDays(90), Operator.GT, new BigDecimal("500")));

    private OpenAiProtocolServer server;
    private final Offline offline = new Offline();
    private AudienceInterpreter interpreter;

    @BeforeEach
    void start() throws IOException {
        server = new OpenAiProtocolServer();
        ModelReviewSettings settings = ModelReviewSettings.none()
                .withProvider(ModelReviewSettings.Provider.OPENAI_COMPATIBLE, server.baseUrl(), "tiny")
                .withLimits(Duration.ofSeconds(10), 1, 10, 0.9);
        interpreter = LangChainAudienceInterpreters.open(settings, Optional.empty(), new Catalogue(),
                Clock.fixed(Instant.parse("2026-10-20T12:00:00Z"), ZoneOffset.UTC), offline);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aValidAnswerBecomesTheFilterWithEachConditionBesideItsWords() {
        server.then(Reply.content(VALID));

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(result.interpreter()).isEqualTo("openai/tiny");
        assertThat(result.filter()).isEqualTo(EXPECTED);
        assertThat(result.conditions()).extracting(Interpretation.InterpretedCondition::words)
                .containsExactly("gold members", "in Texas", "spent over $500 on outdoor gear in the last 90 days");
        Interpretation.InterpretedCondition texas = result.conditions().get(1);
        assertThat(TEXT.substring(texas.start(), texas.end())).isEqualTo("in Texas");
        assertThat(texas.description()).isEqualTo("region is TX (Texas)");
        assertThat(result.conditions().get(2).description())
                .isEqualTo("total spent in outdoor is more than 500 in the last 90 days");
        assertThat(result.ambiguous()).isFalse();
        assertThat(offline.calls).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theRequestIsGroundedAndConstrainedToTheAnswerSchema() throws IOException {
        server.then(Reply.content(VALID));

        interpreter.interpret(InterpretRequest.of(TEXT));

        JsonNode request = JSON.readTree(server.requests().get(0));
        JsonNode format = request.get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        JsonNode schema = format.get("json_schema").get("schema");
        assertThat(schema.get("required").toString()).contains("filter", "conditions", "not_understood", "question");
        assertThat(schema.get("$defs").get("filter").toString()).contains("lifetime_spend", "support_tickets");
        String system = request.get("messages").get(0).get("content").asText();
        assertThat(system).contains("- churn_risk (a number): churn risk score").contains("Never write SQL");
        String user = OpenAiProtocolServer.userMessage(server.requests().get(0));
        assertThat(user).contains("```json", TEXT, "\"today\":\"2026-10-20\"", "\"region\":[\"TX\",\"CA\",\"ON\"]",
                "\"purchase_categories\":[\"outdoor\",\"footwear\"]", "trail shoes");
    }

    @Test
    void anInvalidAnswerIsSentBackWithItsProblemAndTheRepairIsUsed() throws IOException {
        String unknownField = "{\"filter\": {\"field\": \"favourite_colour\", \"op\": \"=\", \"value\": \"red\"},"
                + " \"conditions\": [], \"not_understood\": [], \"question\": null}";
        server.then(Reply.content(unknownField)).then(Reply.content(VALID));

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(result.filter()).isEqualTo(EXPECTED);
        assertThat(result.interpreter()).isEqualTo("openai/tiny");
        assertThat(server.requests()).hasSize(2);
        JsonNode messages = JSON.readTree(server.requests().get(1)).get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).get("content").asText()).contains("favourite_colour");
        assertThat(messages.get(3).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(3).get("content").asText()).contains("not valid", "unknown field 'favourite_colour'");
    }

    @Test
    void wordsThatAreNotInTheDescriptionAreRepairedToo() throws IOException {
        String invented = VALID.replace("\"in Texas\"", "\"in the Lone Star State\"");
        server.then(Reply.content(invented)).then(Reply.content(VALID));

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(result.interpreter()).isEqualTo("openai/tiny");
        String repair = JSON.readTree(server.requests().get(1)).get("messages").get(3).get("content").asText();
        assertThat(repair).contains("conditions[1].words: 'in the Lone Star State' does not occur in the description");
    }

    @Test
    void afterThreeRepairsTheOfflineInterpreterAnswersAndSaysWhy() {
        server.otherwise(body -> Reply.content("{\"filter\": {\"field\": \"region\", \"op\": \">\", \"value\": \"TX\"},"
                + " \"conditions\": [], \"not_understood\": [], \"question\": null}"));

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(server.requests()).hasSize(LangChainAudienceInterpreter.REPAIRS + 1);
        assertThat(offline.calls).containsExactly(TEXT);
        assertThat(result.filter()).isEqualTo(Offline.FILTER);
        assertThat(result.interpreter()).startsWith("offline (the model's answer was invalid 4 times: ")
                .contains("'>' does not apply to region");
    }

    @Test
    void sqlAndUnknownNamesNeverReachAFilter() {
        server.then(Reply.content("SELECT * FROM gold_customer WHERE 1=1"))
                .then(Reply.content("{\"filter\": {\"sql\": \"region = 'TX' OR 1=1; DROP TABLE purchases\"},"
                        + " \"conditions\": [], \"not_understood\": [], \"question\": null}"))
                .then(Reply.content("{\"filter\": {\"field\": \"region; DROP TABLE gold_customer --\", \"op\": \"=\","
                        + " \"value\": \"TX\"}, \"conditions\": [], \"not_understood\": [], \"question\": null}"))
                .then(Reply.content("{\"filter\": {\"event\": \"information_schema.users\", \"op\": \">=\","
                        + " \"number\": 1}, \"conditions\": [], \"not_understood\": [], \"question\": null}"));

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(result.filter()).isEqualTo(Offline.FILTER);
        assertThat(result.interpreter()).startsWith("offline (the model's answer was invalid")
                .contains("unknown event table 'information_schema.users'");
        List<String> repairs = new ArrayList<>();
        for (String body : server.requests().subList(1, 4)) {
            repairs.add(lastUserMessage(body));
        }
        assertThat(repairs.get(0)).contains("not one JSON object");
        assertThat(repairs.get(1)).contains("expected one of all, any, not, field or event (found [sql])");
        assertThat(repairs.get(2)).contains("unknown field 'region; DROP TABLE gold_customer --'");
    }

    @Test
    void anAmbiguousPhraseBecomesAQuestionAndTheCertainPartStays() {
        String text = "customers in CA with an open ticket";
        server.then(Reply.content("""
                {"filter": {"event": "support_tickets", "status": "open", "op": ">=", "number": 1},
                 "conditions": [{"words": "with an open ticket",
                                 "filter": {"event": "support_tickets", "status": "open", "op": ">=", "number": 1}}],
                 "not_understood": [],
                 "question": {"words": "CA", "text": "Does CA mean California or Canada?",
                              "choices": [{"key": "region:CA", "label": "California"},
                                          {"key": "country:CA", "label": "Canada"}]}}"""));

        Interpretation result = interpreter.interpret(InterpretRequest.of(text));

        assertThat(result.ambiguous()).isTrue();
        assertThat(result.question().orElseThrow().choices()).extracting(Interpretation.Choice::key)
                .containsExactly("region:CA", "country:CA");
        assertThat(result.filter()).isEqualTo(new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE,
                BigDecimal.ONE));
    }

    @Test
    void askingAgainAboutAnAnsweredPhraseIsRepairedAndTheAnswerTravels() throws IOException {
        String text = "customers in CA";
        String question = """
                {"filter": {"all": []}, "conditions": [], "not_understood": [],
                 "question": {"words": "CA", "text": "Which CA?",
                              "choices": [{"key": "region:CA", "label": "California"},
                                          {"key": "country:CA", "label": "Canada"}]}}""";
        String answered = """
                {"filter": {"field": "country", "op": "=", "value": "CA"},
                 "conditions": [{"words": "in CA", "filter": {"field": "country", "op": "=", "value": "CA"}}],
                 "not_understood": [], "question": null}""";
        server.then(Reply.content(question)).then(Reply.content(answered));

        Interpretation result = interpreter.interpret(InterpretRequest.of(text).answering("CA", "country:CA"));

        assertThat(result.filter()).isEqualTo(Filter.compare("country", "=", "CA"));
        assertThat(OpenAiProtocolServer.userMessage(server.requests().get(0))).contains("\"answers\":{\"CA\":\"country:CA\"}");
        assertThat(lastUserMessage(server.requests().get(1))).contains("'CA' was already answered with 'country:CA'");
    }

    @Test
    void aRefinementAddsToTheCurrentAudienceAndKeepsItsConditions() {
        Interpretation.InterpretedCondition texas = new Interpretation.InterpretedCondition("in Texas", 0, 8,
                Filter.compare("region", "=", "TX"), "region is TX");
        Interpretation current = new Interpretation("in Texas", Filter.and(texas.filter()), List.of(texas), List.of(),
                Optional.empty(), "openai/tiny");
        String text = "exclude anyone with an open ticket";
        Filter noOpenTicket = Filter.not(new Filter.Event(new EventMeasure.Tickets("open"), null, Operator.GE,
                BigDecimal.ONE));
        server.then(Reply.content("""
                {"filter": {"not": {"event": "support_tickets", "status": "open", "op": ">=", "number": 1}},
                 "conditions": [{"words": "exclude anyone with an open ticket",
                     "filter": {"not": {"event": "support_tickets", "status": "open", "op": ">=", "number": 1}}}],
                 "not_understood": [], "question": null}"""));

        Interpretation result = interpreter.interpret(new InterpretRequest(text, Optional.of(current), Map.of()));

        assertThat(result.filter()).isEqualTo(Filter.and(Filter.compare("region", "=", "TX"), noOpenTicket));
        assertThat(result.conditions()).extracting(Interpretation.InterpretedCondition::words)
                .containsExactly("", "exclude anyone with an open ticket");
        assertThat(result.conditions().get(1).description()).isEqualTo("not open support tickets is at least 1");
        assertThat(OpenAiProtocolServer.userMessage(server.requests().get(0)))
                .contains("\"current_audience\":{\"all\":[{\"field\":\"region\",\"op\":\"=\",\"value\":\"TX\"}]}");
    }

    @Test
    void anUnreachableModelHandsOverAtOnce() {
        server.then(Reply.unauthorized());

        Interpretation result = interpreter.interpret(InterpretRequest.of(TEXT));

        assertThat(server.requests()).hasSize(1);
        assertThat(result.interpreter()).startsWith("offline (the model could not be reached: ")
                .contains("Incorrect API key");
    }

    @Test
    void withoutAModelTheOfflineInterpreterIsUsedAsItIs() {
        AudienceInterpreter none = LangChainAudienceInterpreters.open(ModelReviewSettings.none(), Optional.empty(),
                new Catalogue(), Clock.systemUTC(), offline);

        assertThat(none).isSameAs(offline);
    }

    @Test
    void anthropicWithoutAKeyFallsBackAndSaysWhy() {
        ModelReviewSettings anthropic = ModelReviewSettings.none()
                .withProvider(ModelReviewSettings.Provider.ANTHROPIC, "", "claude-test");

        Interpretation result = LangChainAudienceInterpreters.open(anthropic, Optional.empty(), new Catalogue(),
                Clock.systemUTC(), offline).interpret(InterpretRequest.of(TEXT));

        assertThat(result.interpreter()).startsWith("offline (the model anthropic/claude-test is not usable: ")
                .contains("Anthropic needs an API key");
        assertThat(server.requests()).isEmpty();
    }

    private static String lastUserMessage(String body) {
        try {
            String last = null;
            for (JsonNode message : JSON.readTree(body).get("messages")) {
                if (message.get("role").asText().equals("user")) {
                    last = message.get("content").asText();
                }
            }
            return last;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands in for the offline interpreter: understands nothing, and says so. */
    static final class Offline implements AudienceInterpreter {
        static final Filter FILTER = Filter.and();
        final List<String> calls = new ArrayList<>();

        @Override
        public Interpretation interpret(InterpretRequest request) {
            calls.add(request.text());
            return new Interpretation(request.text(), FILTER, List.of(), List.of(request.text()), Optional.empty(),
                    "offline");
        }
    }

    /** The values of a small workspace. */
    static final class Catalogue implements ValueCatalogue {
        @Override
        public List<String> values(AudienceField field) {
            return switch (field) {
                case REGION -> List.of("TX", "CA", "ON");
                case COUNTRY -> List.of("US", "CA");
                case CITY -> List.of("Austin", "Toronto");
                case LOYALTY_TIER -> List.of("gold", "silver", "none");
                default -> List.of();
            };
        }

        @Override
        public List<String> categories() {
            return List.of("outdoor", "footwear");
        }

        @Override
        public List<String> products() {
            return List.of("trail shoes", "tent");
        }
    }
}
