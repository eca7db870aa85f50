package io.lakefront.domain.identity.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.RecallLatestRun;
import io.lakefront.domain.task.TaskContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The review evidence of the workspace's latest run, through {@link RecallLatestRun}: in memory right
 * after a run, else computed again from the prepared sources (the same seed gives the same model).
 */
public final class LatestRunEvidence implements ReviewEvidence {
    private final RecallLatestRun recall;

    public LatestRunEvidence(RecallLatestRun recall) {
        this.recall = recall;
    }

    @Override
    public Lookup load(Actor actor, TaskContext context) {
        Optional<RecallLatestRun.LatestRun> latest = recall.recall(actor, context);
        if (latest.isEmpty()) {
            return (a, b) -> Optional.empty();
        }
        RecallLatestRun.LatestRun run = latest.get();
        Map<RecordKey, PersonRecord> records = new HashMap<>(run.records().size() * 2);
        for (PersonRecord record : run.records()) {
            records.put(record.key(), record);
        }
        return (a, b) -> {
            PersonRecord first = records.get(a);
            PersonRecord second = records.get(b);
            if (first == null || second == null) {
                return Optional.empty();
            }
            return Optional.of(new Pair(first, second, run.resolution().explain(a, b)));
        };
    }
}
