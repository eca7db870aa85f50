package io.lakefront.connectors.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import io.lakefront.domain.identity.review.PairReviewer;
import io.lakefront.domain.identity.review.PairReviewers;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds the LangChain4j chat model the settings name: an OpenAI-compatible endpoint (OpenAI itself,
 * or a local llama.cpp, vLLM or LM Studio server at its base URL), Ollama, or Anthropic. Temperature
 * 0, the settings' timeout, and no retries of LangChain4j's own (the reviewer retries).
 */
public final class LangChainPairReviewers implements PairReviewers {
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";
    /** Local OpenAI-compatible servers accept any key; the client library insists on one. */
    static final String NO_KEY = "not-needed";

    private final Backoff backoff;
    private final Clock clock;

    public LangChainPairReviewers() {
        this(Backoff.standard(), Clock.systemUTC());
    }

    LangChainPairReviewers(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public PairReviewer open(ModelReviewSettings settings, Optional<String> apiKey) {
        return new LangChainPairReviewer(chatModel(settings, apiKey), settings.modelName(), settings.attempts(), backoff,
                clock);
    }

    static ChatModel chatModel(ModelReviewSettings settings, Optional<String> apiKey) {
        String url = settings.baseUrl();
        return switch (settings.provider()) {
            case NONE -> throw new UserError("no language model is configured: the review band goes straight to people");
            case OPENAI_COMPATIBLE -> OpenAiChatModel.builder()
                    .baseUrl(url.isEmpty() ? OPENAI_URL : url)
                    .apiKey(apiKey.orElse(NO_KEY))
                    .modelName(settings.model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(url.isEmpty() ? OLLAMA_URL : url)
                    .modelName(settings.model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(url.isEmpty() ? ANTHROPIC_URL : url)
                    .apiKey(apiKey.orElseThrow(() -> new UserError("Anthropic needs an API key: "
                            + "set one with lakefront settings llm --api-key-stdin (kept encrypted)")))
                    .modelName(settings.model())
                    .temperature(0.0)
                    .maxTokens(600)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
        };
    }
}
