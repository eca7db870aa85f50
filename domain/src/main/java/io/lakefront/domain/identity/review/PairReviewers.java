package io.lakefront.domain.identity.review;

import java.util.Optional;

/** Port: builds the reviewer the settings describe (a LangChain4j chat model in the connectors). */
public interface PairReviewers {
    /**
     * @param apiKey the provider's key, when one is stored
     * @throws io.lakefront.domain.UserError when the settings name no model
     */
    PairReviewer open(ModelReviewSettings settings, Optional<String> apiKey);
}
