package io.lakefront.domain.prep;

import java.util.Map;

/**
 * Port: what a column header means. The built-in {@link SynonymDictionary} reads a multilingual
 * synonym list; an embedding-model adapter (in {@code connectors}) can replace or assist it.
 */
public interface HeaderMeaning {
    /**
     * Scores the tags a header may stand for.
     *
     * @param normalizedHeader the header as {@link HeaderWords#normalize(String)} returns it: lower-case
     *                         words without diacritics, separated by single spaces
     * @return a score in 0..1 for each plausible tag; empty when the header says nothing (e.g. {@code c 1})
     */
    Map<ColumnTag, Double> meaning(String normalizedHeader);
}
