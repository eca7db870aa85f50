package io.lakefront.domain.decision.simulation;

import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.Outcome;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link SimulationSummary} from the simulated profiles. */
final class SimulationSummaries {
    private SimulationSummaries() {
    }

    static SimulationSummary of(long qualified, List<SimulatedProfile> profiles) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Outcome, Double> weighted = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, 0);
            weighted.put(outcome, 0.0);
        }
        Map<String, Integer> byMessage = new HashMap<>();
        Map<String, Integer> byChannel = new HashMap<>();
        Map<Integer, Integer> byHour = new HashMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        for (SimulatedProfile profile : profiles) {
            CampaignDecision decision = profile.decision();
            outcomes.merge(decision.outcome(), 1, Integer::sum);
            weighted.merge(decision.outcome(), profile.weight(), Double::sum);
            if (decision.outcome() == Outcome.SEND) {
                byMessage.merge(decision.message().isEmpty() ? "(no theme)" : decision.message(), 1, Integer::sum);
                if (decision.channel() != null) {
                    byChannel.merge(decision.channel().code(), 1, Integer::sum);
                }
                if (decision.sendAt() != null) {
                    byHour.merge(decision.sendAt().getHour(), 1, Integer::sum);
                }
            } else if (!decision.reasons().isEmpty()) {
                reasons.merge(decision.reasons().get(0).code().name(), 1, Integer::sum);
            }
        }
        Map<Outcome, Long> estimated = new EnumMap<>(Outcome.class);
        weighted.forEach((outcome, sum) -> estimated.put(outcome, Math.round(sum)));
        return new SimulationSummary(qualified, profiles.size(), outcomes, estimated, largestFirst(byMessage),
                largestFirst(byChannel), byHour, largestFirst(reasons));
    }

    private static Map<String, Integer> largestFirst(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
