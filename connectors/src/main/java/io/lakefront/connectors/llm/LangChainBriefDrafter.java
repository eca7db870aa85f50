package io.lakefront.connectors.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.lakefront.domain.campaign.brief.AudienceFacts;
import io.lakefront.domain.campaign.brief.BriefAnswers;
import io.lakefront.domain.campaign.brief.BriefDrafter;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BriefDrafter} over a LangChain4j chat model. The model gets the marketer's answers, the
 * audience's facts and the offline draft, and — where the provider can — is constrained to the plan's
 * JSON schema ({@link BriefPrompt#answerSchema()}). Its answer is only parsed ({@link BriefAnswer}):
 * it must keep the marketer's answers and pass the brief validator without errors, or it is sent back
 * with the problem, at most {@link #REPAIRS} times. When the model stays wrong or cannot be reached the
 * fallback (offline) draft is used. Either way the first assumption says who drafted the brief and, for
 * the fallback, why — the approver sees it on the brief.
 */
public final class LangChainBriefDrafter implements BriefDrafter {
    /** How often an invalid answer is sent back to be repaired (so at most {@code REPAIRS + 1} calls). */
    public static final int REPAIRS = 3;
    static final int MAX_OUTPUT_TOKENS = 4_000;
    private static final Logger LOG = LoggerFactory.getLogger(LangChainBriefDrafter.class);
    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("campaign_plan")
                    .rootElement(JsonRawSchema.from(AudiencePrompt.write(BriefPrompt.answerSchema())))
                    .build())
            .build();

    private final ChatModel chat;
    private final String model;
    private final boolean schemaSupported;
    private final BriefDrafter fallback;
    private final String instructions;

    /**
     * @param model           the model's name as results show it ({@code openai/gpt-4o-mini})
     * @param schemaSupported whether the provider constrains output to a JSON schema; if not, the schema
     *                        goes into the instructions
     * @param fallback        the offline drafter: the model's starting point and the answer when the model fails
     */
    public LangChainBriefDrafter(ChatModel chat, String model, boolean schemaSupported, BriefDrafter fallback) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.model = Objects.requireNonNull(model, "model");
        this.schemaSupported = schemaSupported;
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.instructions = BriefPrompt.system(!schemaSupported);
    }

    @Override
    public CampaignBrief draft(BriefAnswers answers, AudienceFacts facts) {
        CampaignBrief offline = fallback.draft(answers, facts);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(instructions));
        messages.add(UserMessage.from(BriefPrompt.user(answers, facts, offline)));
        String problem = null;
        for (int attempt = 1; attempt <= REPAIRS + 1; attempt++) {
            String text;
            try {
                AiMessage message = chat.chat(request(messages)).aiMessage();
                text = message == null ? null : message.text();
            } catch (RuntimeException unreachable) {
                LOG.info("{}: the model could not draft the brief: {}", model, LangChainPairReviewer.describe(unreachable));
                return noted(offline, "Drafted offline from the goal's templates: the model " + model
                        + " could not be reached (" + LangChainPairReviewer.describe(unreachable) + ").");
            }
            try {
                CampaignBrief drafted = BriefAnswer.parse(text, answers, facts, offline);
                return noted(drafted, "Drafted by the language model " + model + " from the answers and the audience's data;"
                        + " check its themes and timing.");
            } catch (VerdictAnswer.Invalid invalid) {
                problem = LangChainPairReviewer.describe(invalid);
                LOG.info("{}: plan {} of {} is invalid: {}", model, attempt, REPAIRS + 1, problem);
                messages.add(AiMessage.from(text == null || text.isBlank() ? "(empty)" : text));
                messages.add(UserMessage.from(BriefPrompt.repair(problem)));
            }
        }
        return noted(offline, "Drafted offline from the goal's templates: the model " + model + "'s plan was invalid "
                + (REPAIRS + 1) + " times (" + problem + ").");
    }

    private ChatRequest request(List<ChatMessage> messages) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages).maxOutputTokens(MAX_OUTPUT_TOKENS);
        if (schemaSupported) {
            builder.responseFormat(FORMAT);
        }
        return builder.build();
    }

    /** {@code brief} with {@code who} as its first assumption. */
    static CampaignBrief noted(CampaignBrief brief, String who) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add(who);
        assumptions.addAll(brief.assumptions());
        return brief.withAssumptions(assumptions);
    }
}
