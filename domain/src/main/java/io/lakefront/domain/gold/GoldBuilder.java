package io.lakefront.domain.gold;

import io.lakefront.domain.task.TaskContext;

/**
 * Port: builds the gold table and keys the event tables after a resolution run. The built-in
 * {@link SimpleGoldBuilder} uses fixed survivorship rules; a configurable one (gold.yaml) can take
 * its place without the resolution changing.
 */
public interface GoldBuilder {
    /** Writes every customer and every event row into the sink (empty at the start) and says what it did. */
    GoldCounts build(GoldInput input, GoldSink sink, TaskContext context);
}
