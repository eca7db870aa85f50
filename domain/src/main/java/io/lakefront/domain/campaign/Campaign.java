package io.lakefront.domain.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A campaign as the workspace lists it. The full brief (touchpoints, guardrails, variants) grows
 * with the brief capability; these fields are the ones every screen needs.
 *
 * @param goal     win back, welcome, cross-sell, retain, announce
 * @param audience the audience description in the marketer's words
 * @param endDate  {@code null} for an always-on campaign
 */
public record Campaign(String name, String goal, CampaignStatus status, String audience, List<String> channels,
                       String summary, LocalDate startDate, LocalDate endDate) {
    public Campaign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a name");
        }
        goal = goal == null ? "" : goal;
        audience = audience == null ? "" : audience;
        summary = summary == null ? "" : summary;
        channels = List.copyOf(channels);
    }

    public boolean active() {
        return status == CampaignStatus.ACTIVE;
    }

    public boolean alwaysOn() {
        return endDate == null;
    }
}
