package io.lakefront.domain.identity.review;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.WaterfallStep;
import io.lakefront.domain.identity.workspace.ClusterSummary;
import io.lakefront.domain.identity.workspace.ExplainPair;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.identity.workspace.PreparedSources;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.identity.workspace.RecordValues;
import io.lakefront.domain.identity.workspace.ResolutionStore;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One review item in full ({@link ReviewItemDetail}). The waterfall comes from {@link ExplainPair},
 * which may have to train the model again after a restart: long work, so it takes a task context.
 * Shows personal data, so besides {@link Permission#REVIEW_MATCHES} it needs
 * {@link Permission#VIEW_PERSONAL_DATA}.
 */
public final class ShowReviewItem {
    private final ReviewItems items;
    private final ResolutionStore store;
    private final PreparedSources sources;
    private final ExplainPair explain;
    private final ModelVerdicts verdicts;
    private final LinkDecisionLog decisions;

    public ShowReviewItem(ReviewItems items, ResolutionStore store, PreparedSources sources, ExplainPair explain,
                          ModelVerdicts verdicts, LinkDecisionLog decisions) {
        this.items = items;
        this.store = store;
        this.sources = sources;
        this.explain = explain;
        this.verdicts = verdicts;
        this.decisions = decisions;
    }

    public ReviewItemDetail show(Actor actor, long itemId, TaskContext context) {
        actor.require(Permission.REVIEW_MATCHES);
        actor.require(Permission.VIEW_PERSONAL_DATA);
        ReviewItem item = items.item(itemId).orElseThrow(() -> new UserError("no review item " + itemId));
        ExplainPair.Explanation explanation = explain.explain(actor, item.a(), item.b(), context);
        List<FieldEvidence> fields = new ArrayList<>();
        for (WaterfallStep step : ComparisonPattern.compared(explanation.waterfall())) {
            fields.add(new FieldEvidence(step.comparison(), step.level(), step.valueA(), step.valueB(), step.total(),
                    FieldSimilarity.ofLevel(step.level())));
        }
        return new ReviewItemDetail(item, side(item.a()), side(item.b()), fields, explanation,
                verdicts.latest(item.a(), item.b()), decisions.about(List.of(item.a(), item.b())));
    }

    private ReviewSide side(RecordKey key) {
        Optional<RecordAssignment> assignment = store.assignment(key);
        if (assignment.isEmpty()) {
            return new ReviewSide(key, Map.of(), false, null);
        }
        Optional<Map<String, String>> values = RecordValues.of(sources, sources.columns(key.source()), assignment.get());
        ClusterSummary cluster = store.cluster(assignment.get().clusterId()).orElse(null);
        return new ReviewSide(key, values.orElse(Map.of()), values.isPresent(), cluster);
    }
}
