package io.lakefront.ui.simulation;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.simulation.SimulatedProfile;
import java.util.List;

/** The small values the Simulation screen shows: table rows, bars, reasoning groups. */
public final class SimulationRows {
    private SimulationRows() {
    }

    /**
     * One sampled customer in the results table.
     *
     * @param sendTime when it goes out in the customer's zone ("Thu 3 Dec 18:00 (America/Chicago)"),
     *                 "next try …" for a deferral, empty otherwise
     * @param headline the decisive reason as a sentence
     */
    public record ResultRow(String customerId, String name, Outcome outcome, String message, String channel,
                            String sendTime, String headline, SimulatedProfile profile) {
        /** The outcome as the tag reads: Send, Defer, Suppress, Skip. */
        public String outcomeText() {
            return OutcomeWords.label(outcome);
        }
    }

    /**
     * One step of the funnel: how many of the sample, and the estimate for the whole qualified audience.
     *
     * @param share of the sample, 0..1, for the bar
     */
    public record FunnelStep(String label, Outcome outcome, String sample, String estimated, double share) { }

    /** One bar of a distribution: what, how many, and its share of the largest (0..1) for the bar's length. */
    public record Bar(String label, int count, double share) { }

    /** A line of the "who" block: a caption and its value. */
    public record Fact(String caption, String value) { }

    /** The reasons of one {@link io.lakefront.domain.decision.ReasonKind}, under its heading, as sentences. */
    public record ReasonGroup(String heading, List<String> sentences) {
        public ReasonGroup {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A campaign that wanted the same customer: its name and priority, and whether it is the simulated one.
     */
    public record CompetitorRow(String campaign, String priority, boolean simulated) { }

    /** Another campaign's decision for the same customer. */
    public record OtherDecision(String campaign, Outcome outcome, String headline) {
        public String outcomeText() {
            return OutcomeWords.label(outcome);
        }
    }

    /** An outcome filter button: the outcome ({@code null} for all) and its label with the count. */
    public record OutcomeFilter(Outcome outcome, String label, int count) { }
}
