package io.lakefront.domain.identity;

/**
 * What a {@link ScorerPlugin} sees of a compared pair: the two records, their normalized values
 * (case, accents, punctuation and spacing folded; generic values such as "n/a" missing), the level
 * each built-in comparison reached, and the built-in weight so far.
 */
public interface ComparedPair {
    RecordKey recordA();

    RecordKey recordB();

    /** The first record's normalized value of a standard field, or {@code null} when it has none. */
    String valueA(String field);

    /** The second record's normalized value of a standard field, or {@code null} when it has none. */
    String valueB(String field);

    /**
     * The level a comparison of the specification reached, as labelled in waterfalls ("exact",
     * "Jaro-Winkler >= 0.92", "else", "missing"); {@code null} for a comparison the specification
     * does not have.
     */
    String level(String comparison);

    /** The built-in model's match weight (prior included), and that of plugins applied before this one. */
    double modelWeight();
}
