package io.lakefront.connectors.yaml;

import io.lakefront.domain.UserError;
import io.lakefront.domain.decision.DecisionPolicy;
import io.lakefront.domain.decision.DecisionPolicyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code <workspace>/decisioning.yaml}: {@code exploration_share}, {@code cold_start_sends},
 * {@code hour_smoothing}, {@code population_hour}, {@code daily_cap}, {@code seed} and {@code weights}
 * (campaign name: weight). Every key is optional (the defaults of {@link DecisionPolicy#defaults()});
 * a missing file is all defaults. A bad value or an unknown key is a {@link UserError} naming file,
 * line and column.
 */
public final class YamlDecisionPolicyStore implements DecisionPolicyStore {
    private static final Set<String> KEYS = Set.of("exploration_share", "cold_start_sends", "hour_smoothing",
            "population_hour", "daily_cap", "seed", "weights");
    private final Path file;

    public YamlDecisionPolicyStore(Path workspace) {
        this.file = workspace.resolve("decisioning.yaml");
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public DecisionPolicy load() {
        DecisionPolicy defaults = DecisionPolicy.defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        YamlMap yaml;
        try {
            yaml = YamlMap.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        yaml.tuples().forEach(tuple -> {
            String key = ((org.yaml.snakeyaml.nodes.ScalarNode) tuple.getKeyNode()).getValue();
            if (!KEYS.contains(key)) {
                throw yaml.error(tuple.getKeyNode(), "unknown setting '" + key + "' (known: exploration_share, "
                        + "cold_start_sends, hour_smoothing, population_hour, daily_cap, seed, weights)");
            }
        });
        Map<String, Double> weights = yaml.numberMap("weights").orElse(defaults.weights());
        try {
            return new DecisionPolicy(yaml.decimal("exploration_share").orElse(defaults.explorationShare()),
                    yaml.integer("cold_start_sends").orElse(defaults.coldStartSends()),
                    yaml.integer("hour_smoothing").orElse(defaults.hourSmoothing()),
                    yaml.integer("population_hour").orElse(defaults.populationHour()),
                    yaml.integer("daily_cap").orElse(defaults.dailyCap()), weights,
                    yaml.text("seed").map(YamlDecisionPolicyStore::seed).orElse(defaults.seed()));
        } catch (UserError e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError("seed: '" + text + "' is not a whole number");
        }
    }
}
