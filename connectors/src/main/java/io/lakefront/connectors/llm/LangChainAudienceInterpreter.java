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
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.ValueCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AudienceInterpreter} over a LangChain4j chat model. The model is grounded with the field
 * catalogue, sample values from the workspace's data and today's date, and — where the provider can —
 * constrained to the answer's JSON schema ({@link AudiencePrompt#answerSchema()}). Its answer is only
 * parsed ({@link AudienceAnswer}), never executed; an invalid answer is sent back with the problem and
 * asked again, at most {@link #REPAIRS} times. When the model stays wrong or cannot be reached, the
 * fallback interpreter (the offline one) answers, and its result says why in {@code interpreter}.
 */
public final class LangChainAudienceInterpreter implements AudienceInterpreter {
    /** How often an invalid answer is sent back to be repaired (so at most {@code REPAIRS + 1} calls). */
    public static final int REPAIRS = 3;
    static final int MAX_OUTPUT_TOKENS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(LangChainAudienceInterpreter.class);
    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("audience_interpretation")
                    .rootElement(JsonRawSchema.from(AudiencePrompt.write(AudiencePrompt.answerSchema())))
                    .build())
            .build();

    private final ChatModel chat;
    private final String model;
    private final boolean schemaSupported;
    private final ValueCatalogue values;
    private final Clock clock;
    private final AudienceInterpreter fallback;
    private final String instructions;

    /**
     * @param model           the model's name as results show it ({@code openai/gpt-4o-mini})
     * @param schemaSupported whether the provider constrains output to a JSON schema; if not, the schema
     *                        goes into the instructions
     * @param clock           the workspace clock: its instant is "today" for relative windows
     * @param fallback        the interpreter that answers when the model does not
     */
    public LangChainAudienceInterpreter(ChatModel chat, String model, boolean schemaSupported, ValueCatalogue values,
                                        Clock clock, AudienceInterpreter fallback) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.model = Objects.requireNonNull(model, "model");
        this.schemaSupported = schemaSupported;
        this.values = Objects.requireNonNull(values, "values");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.instructions = AudiencePrompt.system(!schemaSupported);
    }

    @Override
    public Interpretation interpret(InterpretRequest request) {
        if (request.text().isBlank()) {
            return fallback.interpret(request);
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(instructions));
        messages.add(UserMessage.from(AudiencePrompt.user(request, LocalDate.now(clock), values)));
        String problem = null;
        for (int attempt = 1; attempt <= REPAIRS + 1; attempt++) {
            String text;
            try {
                AiMessage message = chat.chat(request(messages)).aiMessage();
                text = message == null ? null : message.text();
            } catch (RuntimeException unreachable) {
                LOG.info("{}: the model could not interpret '{}': {}", model, request.text(),
                        LangChainPairReviewer.describe(unreachable));
                return fallBack(request, "the model could not be reached: " + LangChainPairReviewer.describe(unreachable));
            }
            try {
                return combined(request, AudienceAnswer.parse(text, request));
            } catch (VerdictAnswer.Invalid invalid) {
                problem = LangChainPairReviewer.describe(invalid);
                LOG.info("{}: answer {} of {} is invalid: {}", model, attempt, REPAIRS + 1, problem);
                messages.add(AiMessage.from(text == null || text.isBlank() ? "(empty)" : text));
                messages.add(UserMessage.from(AudiencePrompt.repair(problem)));
            }
        }
        return fallBack(request, "the model's answer was invalid " + (REPAIRS + 1) + " times: " + problem);
    }

    private ChatRequest request(List<ChatMessage> messages) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages).maxOutputTokens(MAX_OUTPUT_TOKENS);
        if (schemaSupported) {
            builder.responseFormat(FORMAT);
        }
        return builder.build();
    }

    /** The answer as an interpretation; a refinement adds the answer's filter to the current audience's. */
    private Interpretation combined(InterpretRequest request, AudienceAnswer answer) {
        if (request.current().isEmpty()) {
            return new Interpretation(request.text(), answer.filter(), answer.conditions(), answer.notUnderstood(),
                    answer.question(), model);
        }
        Interpretation current = request.current().get();
        List<Filter> parts = new ArrayList<>(parts(current.filter()));
        parts.addAll(parts(answer.filter()));
        List<Interpretation.InterpretedCondition> conditions = new ArrayList<>();
        for (Interpretation.InterpretedCondition kept : current.conditions()) {
            conditions.add(new Interpretation.InterpretedCondition("", -1, -1, kept.filter(), kept.description()));
        }
        conditions.addAll(answer.conditions());
        Filter filter = parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        return new Interpretation(request.text(), filter, conditions, answer.notUnderstood(), answer.question(), model);
    }

    private static List<Filter> parts(Filter filter) {
        return filter instanceof Filter.And and ? and.parts() : List.of(filter);
    }

    private Interpretation fallBack(InterpretRequest request, String why) {
        return LangChainAudienceInterpreters.noted(fallback.interpret(request), why);
    }
}
