package io.lakefront.domain.prep;

/** Turns one raw value of a tagged column into its canonical form, or says why it cannot. */
public interface Normalizer {
    Normalized normalize(String raw);

    /** The rule in words for the normalization preview and the source's YAML ({@code "lower-case, trimmed; syntax checked"}). */
    String rule();

    /** Missing values pass through every normalizer the same way. */
    static boolean isMissing(String raw) {
        return raw == null || raw.isBlank();
    }
}
