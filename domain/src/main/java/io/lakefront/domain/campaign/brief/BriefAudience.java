package io.lakefront.domain.campaign.brief;

import io.lakefront.domain.audience.Filter;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the campaign is for: the words, the filter they select with, and — when it was picked from the
 * saved audiences — that audience's name. The filter is kept in the brief either way, so that a brief
 * says exactly whom it was approved for even if the saved audience changes later.
 *
 * @param savedName the saved audience it came from, or {@code null} when it was described for this brief
 */
public record BriefAudience(String savedName, String description, Filter filter) {
    public BriefAudience {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(filter, "filter");
        savedName = savedName == null || savedName.isBlank() ? null : savedName.strip();
    }

    public Optional<String> saved() {
        return Optional.ofNullable(savedName);
    }
}
