package io.lakefront.domain.identity.review;

/**
 * How much a source's records matter to the business, 0..1, one of the three parts of a review
 * item's value (a pair between two important sources is worth a person's time sooner). Without a
 * setting every source counts fully.
 */
@FunctionalInterface
public interface SourceImportance {
    double of(String source);

    static SourceImportance equal() {
        return source -> 1.0;
    }
}
