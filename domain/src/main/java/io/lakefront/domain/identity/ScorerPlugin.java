package io.lakefront.domain.identity;

import java.util.Set;

/**
 * A match scorer of one's own, beside or instead of the built-in Fellegi–Sunter weight: a Java
 * class on the plug-in path (a jar in the workspace's {@code plugins} folder, found through
 * {@link java.util.ServiceLoader}) that sees every compared pair and gives a match weight —
 * log2 of the odds that the two records are one person, the same scale as the built-in weight, so
 * the thresholds keep their meaning.
 *
 * <p>{@link Mode#ADD} adds the plugin's weight to the model's (a correction: evidence the model
 * does not see); {@link Mode#REPLACE} puts it in the model's place (the plugin may read
 * {@link ComparedPair#modelWeight()} to start from it). Plugins apply in the order given. Pairs a
 * deterministic rule settles stay matches whatever the weight. Training is not affected: the
 * model learns from its comparisons alone.
 *
 * <p>{@link #weight} is called for every candidate pair, on several threads at once: it must be
 * thread-safe and should be quick.
 */
public interface ScorerPlugin {
    enum Mode { ADD, REPLACE }

    /** A short name, shown in waterfalls ("plugin: name"). */
    String name();

    Mode mode();

    /** Fields the plugin reads beyond those the specification compares; they are prepared too. */
    default Set<String> fields() {
        return Set.of();
    }

    /** The plugin's match weight for a pair. */
    double weight(ComparedPair pair);
}
