package io.lakefront.domain.identity;

/**
 * A link that holds a cluster together: the model's match (with its weight), a deterministic rule
 * (named in {@code reason}) or a person's must-link.
 */
public record ClusterEdge(RecordKey a, RecordKey b, double matchWeight, String reason) {
    public static final String MODEL = "model";
    public static final String MUST_LINK = "must-link";
}
