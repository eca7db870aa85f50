package io.lakefront.connectors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakefront.connectors.llm.OpenAiProtocolServer.Reply;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefAudience;
import io.lakefront.domain.campaign.brief.BriefDrafter;
import io.lakefront.domain.campaign.brief.BriefTree;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.CampaignGoal;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.DraftBrief;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The brief drafter with the production LangChain4j client talking to a loopback server that speaks
 * OpenAI's chat-completions protocol: what is sent, how a plan becomes a brief, how invalid plans and
 * plans that change the marketer's answers are sent back, and when the offline draft takes over.
 */
class BriefDrafterOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BriefAnswers ANSWERS = BriefAnswers.defaults(CampaignGoal.WIN_BACK,
                    new BriefAudience(null, "customers in Texas", Filter.compare("region", "=", "TX")),
                    LocalDate.parse("2026-10-20"))
            .withChannels(List.of(Channel.EMAIL));
    private static final AudienceFacts FACTS = facts();
    private static final CampaignBrief OFFLINE = DraftBrief.draft(ANSWERS, FACTS);

    private OpenAiProtocolServer server;
    private final List<BriefAnswers> offlineCalls = new ArrayList<>();
    private BriefDrafter drafter;

    @BeforeEach
    void start() throws IOException {
        server = new OpenAiProtocolServer();
        ModelReviewSettings settings = ModelReviewSettings.none()
                .withProvider(ModelReviewSettings.Provider.OPENAI_COMPATIBLE, server.baseUrl(), "tiny")
                .withLimits(Duration.ofSeconds(10), 1, 10, 0.9);
        drafter = LangChainBriefDrafters.open(settings, Optional.empty(), (answers, facts) -> {
            offlineCalls.add(answers);
            return DraftBrief.draft(answers, facts);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aValidPlanBecomesTheBriefWithTheMarketersAnswersAndSaysWhoDraftedIt() throws IOException {
        server.then(Reply.content(plan(p -> theme(p, 0, "We miss you: 15% off your favourite category"))));

        CampaignBrief brief = drafter.draft(ANSWERS, FACTS);

        assertThat(brief.touchpoints().get(0).theme()).isEqualTo("We miss you: 15% off your favourite category");
        assertThat(brief.name()).isEqualTo(OFFLINE.name());
        assertThat(brief.goal()).isEqualTo(CampaignGoal.WIN_BACK);
        assertThat(brief.audience()).isEqualTo(ANSWERS.audience());
        assertThat(brief.channels()).containsExactly(Channel.EMAIL);
        assertThat(brief.assumptions().get(0)).startsWith("Drafted by the language model openai/tiny");
        assertThat(BriefValidator.approvable(BriefValidator.validate(brief, Optional.of(FACTS)))).isTrue();
        assertThat(server.requests()).hasSize(1);

        JsonNode request = JSON.readTree(server.requests().get(0));
        JsonNode format = request.get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        JsonNode schema = format.get("json_schema").get("schema");
        assertThat(schema.get("required").toString()).contains("touchpoints", "guardrails", "metric", "channels");
        String user = OpenAiProtocolServer.userMessage(server.requests().get(0));
        assertThat(user).contains("\"goal\":\"win back\"", "\"channels\":[\"email\"]", "\"size\":2000",
                "\"consent_share_per_channel\":{\"email\":0.8,\"sms\":0.35,\"push\":0.05}", "\"preferred_hour\":19",
                "\"draft\":{", "\"buyer_share_30_days\":0.02");
    }

    @Test
    void anInvalidPlanIsSentBackWithItsProblemAndTheRepairIsUsed() throws IOException {
        server.then(Reply.content(plan(p -> touchpoint(p, 0).put("channel", "fax"))))
                .then(Reply.content(plan(p -> theme(p, 0, "Come back for your loyalty points"))));

        CampaignBrief brief = drafter.draft(ANSWERS, FACTS);

        assertThat(brief.touchpoints().get(0).theme()).isEqualTo("Come back for your loyalty points");
        assertThat(brief.assumptions().get(0)).startsWith("Drafted by the language model");
        assertThat(server.requests()).hasSize(2);
        JsonNode messages = JSON.readTree(server.requests().get(1)).get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).get("content").asText()).contains("fax");
        assertThat(messages.get(3).get("content").asText()).contains("not valid", "touchpoints[0].channel", "fax");
    }

    @Test
    void aPlanThatChangesTheMarketersChannelsIsSentBack() throws IOException {
        server.then(Reply.content(plan(p -> {
            p.put("channels", List.of("email", "sms"));
            touchpoint(p, 1).put("channel", "sms");
        }))).then(Reply.content(plan(p -> theme(p, 1, "A last reminder by email"))));

        CampaignBrief brief = drafter.draft(ANSWERS, FACTS);

        assertThat(brief.channels()).containsExactly(Channel.EMAIL);
        assertThat(brief.touchpoints()).extracting(Touchpoint::channel).containsOnly(Channel.EMAIL);
        assertThat(brief.touchpoints().get(1).theme()).isEqualTo("A last reminder by email");
        String repair = JSON.readTree(server.requests().get(1)).get("messages").get(3).get("content").asText();
        assertThat(repair).contains("the marketer's answers must stay: channels must be [email] (found [email, sms])");
    }

    @Test
    void aPlanTheValidatorRejectsIsSentBack() throws IOException {
        server.then(Reply.content(plan(p -> ((Map<String, Object>) p.get("metric")).put("target", 0.001))))
                .then(Reply.content(plan(p -> { })));

        drafter.draft(ANSWERS, FACTS);

        String repair = JSON.readTree(server.requests().get(1)).get("messages").get(3).get("content").asText();
        assertThat(repair).contains("the plan has errors: metric");
    }

    @Test
    void afterThreeRepairsTheOfflineDraftIsUsedAndSaysWhy() {
        server.otherwise(body -> Reply.content("{\"channels\": [\"email\"], \"sql\": \"DROP TABLE gold_customer\"}"));

        CampaignBrief brief = drafter.draft(ANSWERS, FACTS);

        assertThat(server.requests()).hasSize(LangChainBriefDrafter.REPAIRS + 1);
        assertThat(offlineCalls).containsExactly(ANSWERS);
        assertThat(brief.assumptions().get(0)).startsWith("Drafted offline from the goal's templates: the model openai/tiny's"
                + " plan was invalid 4 times (").contains("unknown key 'sql'");
        assertThat(brief.withAssumptions(brief.assumptions().subList(1, brief.assumptions().size()))).isEqualTo(OFFLINE);
    }

    @Test
    void anUnreachableModelFallsBackToTheOfflineDraft() {
        server.otherwise(body -> Reply.unauthorized());

        CampaignBrief brief = drafter.draft(ANSWERS, FACTS);

        assertThat(brief.assumptions().get(0)).startsWith("Drafted offline from the goal's templates: the model openai/tiny"
                + " could not be reached");
        assertThat(brief.touchpoints()).isEqualTo(OFFLINE.touchpoints());
    }

    @Test
    void withoutAModelTheOfflineDrafterIsUsedAsItIs() {
        BriefDrafter offline = BriefDrafter.offline();

        assertThat(LangChainBriefDrafters.open(ModelReviewSettings.none(), Optional.empty(), offline)).isSameAs(offline);
    }

    /** The offline draft's plan as a model would write it, changed by {@code edit}. */
    private static String plan(java.util.function.Consumer<Map<String, Object>> edit) {
        Map<String, Object> plan = JSON.convertValue(BriefTree.write(OFFLINE), Map.class);
        plan.keySet().retainAll(BriefPrompt.PLAN_KEYS);
        edit.accept(plan);
        return AudiencePrompt.write(plan);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> touchpoint(Map<String, Object> plan, int index) {
        return (Map<String, Object>) ((List<Object>) plan.get("touchpoints")).get(index);
    }

    private static void theme(Map<String, Object> plan, int index, String theme) {
        touchpoint(plan, index).put("theme", theme);
    }

    private static AudienceFacts facts() {
        Map<String, Double> coverage = new LinkedHashMap<>();
        AudienceFacts.SIGNALS.forEach(s -> coverage.put(s, 0.9));
        return new AudienceFacts(2000, 8000, Map.of(Channel.EMAIL, 1600L, Channel.SMS, 700L, Channel.PUSH, 100L),
                19, 40, 400, 200, 20, coverage);
    }
}
