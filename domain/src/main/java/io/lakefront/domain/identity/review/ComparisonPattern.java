package io.lakefront.domain.identity.review;

import io.lakefront.domain.identity.Waterfall;
import io.lakefront.domain.identity.WaterfallStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The level a pair reached on each compared field (the prior and plug-in scorers left out): two
 * pairs with the same pattern got the same evidence, which is what "similar pairs" means for bulk
 * decisions.
 */
public record ComparisonPattern(Map<String, String> levels) {
    private static final String PRIOR = "prior";
    private static final String PLUGIN = "plugin: ";

    public ComparisonPattern {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    public static ComparisonPattern of(Waterfall waterfall) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (WaterfallStep step : compared(waterfall)) {
            levels.put(step.comparison(), step.level());
        }
        return new ComparisonPattern(levels);
    }

    /** The waterfall's steps that compare a field. */
    static List<WaterfallStep> compared(Waterfall waterfall) {
        return waterfall.steps().stream()
                .filter(step -> !step.comparison().equals(PRIOR) && !step.comparison().startsWith(PLUGIN))
                .toList();
    }

    /** {@code email: exact, phone: else, ...}. */
    public String describe() {
        return levels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }
}
