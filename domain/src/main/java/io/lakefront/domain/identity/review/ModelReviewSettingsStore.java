package io.lakefront.domain.identity.review;

/** Port: the workspace's model stage settings ({@code llm.yaml}); a missing file means no model. */
public interface ModelReviewSettingsStore {
    ModelReviewSettings load();

    void save(ModelReviewSettings settings);

    /** Where the settings live, for messages. */
    String location();
}
