package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceInterpreter;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.InterpretRequest;
import io.lakefront.domain.audience.Interpretation;
import io.lakefront.domain.audience.ValueCatalogue;
import io.lakefront.domain.time.WorkspaceClock;
import java.util.List;
import java.util.Objects;

/**
 * The built-in interpreter: a deterministic semantic parser that reads a description word by word
 * against the workspace's own values (cities, tiers, categories, products from the
 * {@link ValueCatalogue}), the glossary's business terms and a {@link Synonyms} port, and builds the
 * filter with every condition beside its words. It never guesses: genuinely ambiguous words become a
 * question, and words that became no condition are reported. Ages and calendar words ("this month",
 * "since January") are read against the workspace clock, so {@code --as-of} gives the same filter.
 */
public final class OfflineAudienceInterpreter implements AudienceInterpreter {
    /** The name in {@link Interpretation#interpreter()}. */
    public static final String NAME = "offline";

    private final ValueCatalogue catalogue;
    private final List<GlossaryTerm> glossary;
    private final Synonyms synonyms;
    private final WorkspaceClock clock;

    /**
     * @param catalogue the workspace's values, read again for each description (they change with every resolution)
     * @param glossary the business terms ({@link Glossary#defaults()} or the workspace's)
     * @param synonyms how phrases map to categories and products
     * @param clock the workspace clock: "today" for ages and calendar windows
     */
    public OfflineAudienceInterpreter(ValueCatalogue catalogue, List<GlossaryTerm> glossary, Synonyms synonyms,
                                      WorkspaceClock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.glossary = List.copyOf(glossary);
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Interpretation interpret(InterpretRequest request) {
        Vocabulary vocabulary = new Vocabulary(catalogue, glossary);
        return new Parse(request, vocabulary, synonyms, clock.today()).run();
    }

    /** Convenience: one description on its own. */
    public Interpretation interpret(String text) {
        return interpret(InterpretRequest.of(text));
    }

    static Filter everyone() {
        return new Filter.And(List.of());
    }

    static boolean isEveryone(Filter filter) {
        return filter instanceof Filter.And and && and.parts().isEmpty();
    }

    static AudienceField field(String name) {
        return AudienceField.named(name);
    }
}
