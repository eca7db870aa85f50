package io.lakefront.domain.prep;

/**
 * One reason behind a column's tag, shown to the user beside the tag: what the header means, how the
 * values parse, which dictionary they hit, or what the neighbouring columns implied.
 *
 * @param weight how much this reason contributed to the tag's score, 0..1
 */
public record Evidence(Kind kind, String text, double weight) {
    public enum Kind { HEADER, VALUES, DICTIONARY, CONTEXT }

    public Evidence {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("evidence needs a kind and a text");
        }
    }

    static Evidence header(String text, double weight) {
        return new Evidence(Kind.HEADER, text, weight);
    }

    static Evidence values(String text, double weight) {
        return new Evidence(Kind.VALUES, text, weight);
    }

    static Evidence dictionary(String text, double weight) {
        return new Evidence(Kind.DICTIONARY, text, weight);
    }

    static Evidence context(String text, double weight) {
        return new Evidence(Kind.CONTEXT, text, weight);
    }
}
