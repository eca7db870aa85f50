package io.lakefront.domain.decision.simulation;

import io.lakefront.domain.decision.Outcome;
import java.util.Map;

/**
 * The shape of a simulation's results: the funnel (qualified, then how many of the sample each outcome
 * took), and how the sends spread over messages, channels and local hours. Counts are of sampled
 * profiles; {@code estimated} scales each outcome to the whole qualified audience by the profiles' weights.
 *
 * @param outcomes  sampled profiles by outcome (every outcome present, zero when none)
 * @param estimated the same, scaled to the qualified audience
 * @param byMessage sends by touchpoint theme, largest first
 * @param byChannel sends by channel code
 * @param byHour    sends by local hour 0..23 (only hours with sends)
 * @param reasons   how often each reason code decided an outcome that was not a send, largest first
 */
public record SimulationSummary(long qualified, int sampled, Map<Outcome, Integer> outcomes,
                                Map<Outcome, Long> estimated, Map<String, Integer> byMessage,
                                Map<String, Integer> byChannel, Map<Integer, Integer> byHour,
                                Map<String, Integer> reasons) {
    public SimulationSummary {
        outcomes = Map.copyOf(outcomes);
        estimated = Map.copyOf(estimated);
        byMessage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byMessage));
        byChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byChannel));
        byHour = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byHour));
        reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
    }

    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
