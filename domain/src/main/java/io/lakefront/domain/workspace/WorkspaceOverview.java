package io.lakefront.domain.workspace;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/** The workspace at a glance (Home screen). */
public record WorkspaceOverview(int sources, long stagedRecords, long profiles, OptionalDouble matchRate,
                                long openReviewItems, int activeCampaigns, int campaigns,
                                Optional<Instant> lastSync) {
    /** True for a workspace with nothing in it yet, where Home shows how to begin. */
    public boolean empty() {
        return sources == 0 && campaigns == 0;
    }
}
