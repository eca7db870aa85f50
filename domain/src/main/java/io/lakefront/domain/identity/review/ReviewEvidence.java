package io.lakefront.domain.identity.review;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.task.TaskContext;
import java.util.Optional;

/**
 * Port: the two records of a pair and its waterfall, from the latest run. Loading may have to
 * compute the run again, so it is done once per model stage and only when there is something to ask.
 */
public interface ReviewEvidence {
    Lookup load(Actor actor, TaskContext context);

    /** The records and waterfall of a pair, or empty when a record is no longer there. */
    interface Lookup {
        Optional<Pair> of(RecordKey a, RecordKey b);
    }

    record Pair(PersonRecord a, PersonRecord b, Waterfall waterfall) {
    }
}
