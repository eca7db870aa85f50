package io.lakefront.domain.decision;

import java.util.Locale;

/** What the engine decided for one customer and one campaign (CONTRACTS.md §5 {@code outcome}). */
public enum Outcome {
    /** A message goes out at {@code send_at}. */
    SEND,
    /** Eligible, but not now: a cap, a higher-priority campaign or the sequence's delay holds it until later. */
    DEFER,
    /** A hard gate said no: consent, opt-out, a suppression rule, no way to reach the customer. */
    SUPPRESS,
    /** Not a candidate: out of the audience, converted, sequence done, or the campaign ends before a slot frees. */
    SKIP;

    /** {@code send}, as in files and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
