package io.lakefront.domain.audience;

import java.util.List;
import java.util.Objects;

/**
 * A named business definition ("VIP", "lapsed", "high churn risk"): the phrases that mean it and
 * the filter it stands for. The workspace's glossary ({@code audiences/glossary.yaml}) is editable,
 * like trusted definitions; descriptions that use a term get its filter.
 */
public record GlossaryTerm(String name, List<String> phrases, String meaning, Filter filter) {
    public GlossaryTerm {
        Objects.requireNonNull(name, "name");
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(filter, "filter");
    }
}
