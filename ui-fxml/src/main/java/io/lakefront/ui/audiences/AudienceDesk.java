package io.lakefront.ui.audiences;

import io.lakefront.domain.audience.AudienceInsights;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.SuppressionRule;
import java.util.List;

/**
 * What the Audiences screen needs from below, on behalf of the workspace's user: understanding words,
 * counting and describing audiences with the enabled suppression rules applied, the saved audiences
 * and the rules. The app's composition root implements it over the audience ports and use cases;
 * every method may take a while (the interpreter, the index), so none runs on the UI thread.
 */
public interface AudienceDesk {
    /** All customers in the gold table; 0 while there is none (the screen then shows its empty state). */
    long population();

    /** The words as applied (Enter, an answer): understood by the language model when one is configured. */
    Interpretation interpret(InterpretRequest request);

    /**
     * The words while they are being typed, for the live count: a quick reading by the offline
     * interpreter, so that a configured model is asked only when the words are applied.
     */
    default Interpretation draft(InterpretRequest request) {
        return interpret(request);
    }

    /** The audience {@code filter} selects once suppressed, and how many the enabled rules took out. */
    AudienceCount count(Filter filter);

    /** The insights of the audience once suppressed. */
    AudienceInsights insights(Filter filter);

    /** Two audiences (each suppressed) side by side: sizes, overlap, insights. */
    AudienceComparison compare(Filter a, Filter b);

    List<SavedAudience> saved();

    /** Saves or replaces (audited). */
    SavedAudience save(SavedAudience audience);

    /** Saves a copy under a free name (audited). */
    SavedAudience duplicate(String name);

    /** False when there was none of that name. */
    boolean delete(String name);

    List<SuppressionRule> suppressionRules();

    /** Switches a rule on or off (audited); the rules as they are now. */
    List<SuppressionRule> enableRule(String name, boolean enabled);

    /** True when the user may save, delete and change rules. */
    boolean mayEdit();
}
