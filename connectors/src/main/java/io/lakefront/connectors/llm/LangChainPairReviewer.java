package io.lakefront.connectors.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.PairForReview;
import io.lakefront.domain.identity.review.PairReviewer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PairReviewer} over any LangChain4j chat model. Each attempt sends the same two messages
 * (instructions, then the pair as fenced JSON); an answer that does not parse, a timeout, a rate
 * limit or a server error is asked again after a doubling pause; an error that cannot get better
 * (a wrong key, an unknown model, a refused request) ends at once. Either way the pair then stays
 * with people. LangChain4j's own retries are off, so attempts here are all the calls there are.
 */
public final class LangChainPairReviewer implements PairReviewer {
    private static final Logger LOG = LoggerFactory.getLogger(LangChainPairReviewer.class);

    private final ChatModel chat;
    private final String model;
    private final int attempts;
    private final Backoff backoff;
    private final Clock clock;

    LangChainPairReviewer(ChatModel chat, String model, int attempts, Backoff backoff, Clock clock) {
        this.chat = chat;
        this.model = model;
        this.attempts = attempts;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public ModelVerdict review(PairForReview pair) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(ReviewPrompt.SYSTEM), UserMessage.from(ReviewPrompt.user(pair)))
                .build();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                ChatResponse response = chat.chat(request);
                AiMessage message = response.aiMessage();
                VerdictAnswer answer = VerdictAnswer.parse(message == null ? null : message.text());
                return new ModelVerdict(pair.a(), pair.b(), answer.verdict(), answer.confidence(), answer.rationale(),
                        model, clock.instant());
            } catch (NonRetriableException e) {
                throw new ReviewFailed(model + ": " + describe(e), attempt, e);
            } catch (RuntimeException e) {
                last = e;
                LOG.info("{}: attempt {} of {} on {} - {} failed: {}", model, attempt, attempts, pair.a(), pair.b(),
                        describe(e));
                if (attempt < attempts) {
                    backoff.await(attempt);
                }
            }
        }
        throw new ReviewFailed(model + ": no valid verdict after " + attempts + " attempts (" + describe(last) + ")",
                attempts, last);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getCause() != null ? describe(e.getCause()) : e.getClass().getSimpleName();
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
