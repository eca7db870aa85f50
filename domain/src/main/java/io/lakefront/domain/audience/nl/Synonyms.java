package io.lakefront.domain.audience.nl;

import java.util.List;
import java.util.Optional;

/**
 * Port: which of the catalogue's values a phrase means ("sneakers" → {@code Footwear}, "trail shoes"
 * → {@code Trail Running Shoes}), with a score from 0 to 1. The interpreter takes a reading from
 * {@link #MEANINGFUL} up. {@link LexicalSynonyms} works on words alone; the connectors module adds
 * one backed by the in-process sentence embedding model.
 */
public interface Synonyms {
    /** The score from which a match is taken as meant. */
    double MEANINGFUL = 0.75;

    /** The candidate {@code phrase} most likely means, if any scores above zero. */
    Optional<Match> best(String phrase, List<String> candidates);

    /** A candidate value and how surely the phrase means it. */
    record Match(String value, double score) {
    }
}
