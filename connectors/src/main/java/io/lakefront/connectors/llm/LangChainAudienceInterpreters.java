package io.lakefront.connectors.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.lakefront.domain.UserError;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.ValueCatalogue;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds the audience interpreter the workspace's model settings ({@code lakefront settings llm}, the
 * same ones the review stage uses) call for: a {@link LangChainAudienceInterpreter} over the configured
 * provider with the offline interpreter behind it, or the offline interpreter alone when no model is
 * configured (or the offline interpreter saying why, when the settings cannot make a model, such as
 * Anthropic without a key). OpenAI-compatible servers and Ollama get the answer's JSON schema as structured output;
 * Anthropic gets it in the instructions.
 */
public final class LangChainAudienceInterpreters {
    private LangChainAudienceInterpreters() {
    }

    /**
     * @param apiKey   the provider's key, when one is stored ({@link ModelReviewSettings#API_KEY_SECRET})
     * @param clock    the workspace clock (honours {@code --as-of})
     * @param fallback the offline interpreter
     */
    public static AudienceInterpreter open(ModelReviewSettings settings, Optional<String> apiKey, ValueCatalogue values,
                                           Clock clock, AudienceInterpreter fallback) {
        if (!settings.configured()) {
            return fallback;
        }
        ChatModel chat;
        try {
            chat = LangChainPairReviewers.chatModel(settings, apiKey);
        } catch (UserError unusable) {
            return request -> noted(fallback.interpret(request),
                    "the model " + settings.modelName() + " is not usable: " + unusable.getMessage());
        }
        return new LangChainAudienceInterpreter(chat, settings.modelName(), schemaSupported(settings.provider()), values,
                clock, fallback);
    }

    /** {@code interpretation} with {@code why} added to the interpreter's name. */
    static Interpretation noted(Interpretation interpretation, String why) {
        return new Interpretation(interpretation.text(), interpretation.filter(), interpretation.conditions(),
                interpretation.notUnderstood(), interpretation.question(), interpretation.interpreter() + " (" + why + ")");
    }

    static boolean schemaSupported(ModelReviewSettings.Provider provider) {
        return provider == ModelReviewSettings.Provider.OPENAI_COMPATIBLE
                || provider == ModelReviewSettings.Provider.OLLAMA;
    }
}
