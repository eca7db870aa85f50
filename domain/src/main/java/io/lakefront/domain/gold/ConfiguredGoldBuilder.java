package io.lakefront.domain.gold;

import io.lakefront.domain.task.TaskContext;
import java.util.Objects;

/** The gold build with the workspace's gold.yaml as it is when the build starts. */
public final class ConfiguredGoldBuilder implements GoldBuilder {
    private final GoldSpecStore specs;

    public ConfiguredGoldBuilder(GoldSpecStore specs) {
        this.specs = Objects.requireNonNull(specs, "specs");
    }

    @Override
    public GoldCounts build(GoldInput input, GoldSink sink, TaskContext context) {
        return new SimpleGoldBuilder(specs.load()).build(input, sink, context);
    }

    @Override
    public String toString() {
        return "gold build by " + specs.describe();
    }
}
