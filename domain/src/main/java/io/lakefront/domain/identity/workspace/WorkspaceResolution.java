package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.gold.GoldCounts;
import java.util.Objects;

/** What {@link ResolveWorkspace} did: the committed run, its effect on the review queue, and the gold build. */
public record WorkspaceResolution(ResolutionRun run, ReviewQueueChange review, GoldCounts gold) {
    public WorkspaceResolution {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(gold, "gold");
    }
}
