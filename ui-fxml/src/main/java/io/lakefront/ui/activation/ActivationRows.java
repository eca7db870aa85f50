package io.lakefront.ui.activation;

import io.lakefront.ui.common.Tone;

import io.lakefront.domain.decision.Outcome;

/** The rows and cards of the Activation screen, as text ready to show. */
public final class ActivationRows {
    private ActivationRows() {
    }

    /** A summary card: a caption, a big number, a line under it. */
    public record Card(String id, String caption, String value, String detail) {
    }

    /** An outbox row: who gets which message when, and whether activation has taken it yet. */
    public record OutboxRow(String customer, String campaign, String channel, String variant, String theme,
                            String sendAt, String createdAt, Tone tone, String status) {
    }

    /** A decision-log row: the outcome with its decisive reason and what caused the decision. */
    public record DecisionRow(String customer, String campaign, Outcome outcome, String outcomeText,
                              String decidedAt, String reason, String cause) {
    }
}
