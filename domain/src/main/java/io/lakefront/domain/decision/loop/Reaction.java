package io.lakefront.domain.decision.loop;

import io.lakefront.domain.decision.CustomerDecision;
import java.util.List;
import java.util.Optional;

/**
 * What the loop did with one signal (or one due time): the effects applied, the customer's new
 * decision, and how long it took from the start of processing to the committed decision.
 *
 * @param signal    {@code null} when a due time, not a signal, caused the decision
 * @param duplicate true when the signal had been processed before: nothing was done
 * @param effects   the signal's effects in plain language ("converted on 'VIP early access'")
 * @param decision  empty for a duplicate or a customer not in the gold table
 */
public record Reaction(Signal signal, String customerId, boolean duplicate, List<String> effects,
                       Optional<CustomerDecision> decision, long elapsedNanos) {
    public Reaction {
        effects = List.copyOf(effects);
        decision = decision == null ? Optional.empty() : decision;
    }
}
