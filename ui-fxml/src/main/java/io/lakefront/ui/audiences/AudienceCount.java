package io.lakefront.ui.audiences;

import java.util.Map;

/**
 * The live count beside a description: customers in the audience once suppressed, how many the
 * enabled suppression rules took out (in all, and per rule: one customer may match several), and everyone.
 */
public record AudienceCount(long size, long suppressed, long population, Map<String, Long> suppressedByRule) {
    public AudienceCount {
        suppressedByRule = Map.copyOf(suppressedByRule);
    }
}
