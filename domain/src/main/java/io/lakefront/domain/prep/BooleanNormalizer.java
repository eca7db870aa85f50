package io.lakefront.domain.prep;

import java.util.Set;

/** Yes/no values in five languages ({@code Y}, {@code 1}, {@code opted-in}, {@code ja}, {@code oui}) to {@code true}/{@code false}. */
public final class BooleanNormalizer implements Normalizer {
    private static final Set<String> TRUE = Set.of("yes", "y", "true", "t", "1", "opted in", "opted-in", "opt-in",
            "opt in", "subscribed", "ja", "j", "oui", "si", "on", "granted", "accepted", "wahr", "vrai", "verdadero", "waar", "x");
    private static final Set<String> FALSE = Set.of("no", "n", "false", "f", "0", "opted out", "opted-out", "opt-out",
            "opt out", "unsubscribed", "nein", "non", "nee", "off", "denied", "declined", "falsch", "faux", "falso", "onwaar");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String folded = Text.fold(raw.strip());
        if (TRUE.contains(folded)) {
            return Normalized.valid("true");
        }
        if (FALSE.contains(folded)) {
            return Normalized.valid("false");
        }
        return Normalized.invalid(raw, "neither yes nor no");
    }

    @Override
    public String rule() {
        return "yes/y/1/true/opted-in/ja/oui → true; no/n/0/false/opted-out/nein/non → false";
    }
}
