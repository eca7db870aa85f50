package io.lakefront.domain.identity.review;

/** What a reviewer — a language model or a person — concluded about two records. */
public enum Verdict {
    /** The two records describe the same person. */
    SAME,
    /** They describe different people. */
    DIFFERENT,
    /** The evidence does not decide it; a person should look. */
    UNSURE
}
