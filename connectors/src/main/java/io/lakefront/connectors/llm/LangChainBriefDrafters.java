package io.lakefront.connectors.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.BriefDrafter;
import io.lakefront.domain.identity.review.ModelReviewSettings;
import java.util.Optional;

/**
 * Builds the brief drafter the workspace's model settings ({@code lakefront settings llm}, the same ones
 * the review stage and the audience interpreter use) call for: a {@link LangChainBriefDrafter} over the
 * configured provider with the offline drafter behind it, the offline drafter alone when no model is
 * configured, or the offline drafter saying why when the settings cannot make a model.
 */
public final class LangChainBriefDrafters {
    private LangChainBriefDrafters() {
    }

    /**
     * @param apiKey  the provider's key, when one is stored ({@link ModelReviewSettings#API_KEY_SECRET})
     * @param offline the template drafter
     */
    public static BriefDrafter open(ModelReviewSettings settings, Optional<String> apiKey, BriefDrafter offline) {
        if (!settings.configured()) {
            return offline;
        }
        ChatModel chat;
        try {
            chat = LangChainPairReviewers.chatModel(settings, apiKey);
        } catch (UserError unusable) {
            return (answers, facts) -> LangChainBriefDrafter.noted(offline.draft(answers, facts),
                    "Drafted offline from the goal's templates: the model " + settings.modelName() + " is not usable ("
                            + unusable.getMessage() + ").");
        }
        return new LangChainBriefDrafter(chat, settings.modelName(), LangChainAudienceInterpreters.schemaSupported(
                settings.provider()), offline);
    }
}
