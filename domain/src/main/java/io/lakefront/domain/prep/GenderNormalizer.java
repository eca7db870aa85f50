package io.lakefront.domain.prep;

import java.util.Set;

/** Gender values to the gold schema's {@code female}, {@code male}, {@code other}; unknown markers become missing. */
public final class GenderNormalizer implements Normalizer {
    private static final Set<String> FEMALE = Set.of("f", "female", "w", "woman", "women", "weiblich", "femme", "mujer", "femenino", "feminin", "v", "vrouw", "frau", "mrs", "ms", "miss", "mme");
    private static final Set<String> MALE = Set.of("m", "male", "man", "men", "mannlich", "homme", "h", "hombre", "masculino", "masculin", "herr", "mr");
    private static final Set<String> OTHER = Set.of("d", "x", "o", "other", "divers", "diverse", "nonbinary", "non binary", "non-binary", "nb");
    private static final Set<String> UNKNOWN = Set.of("u", "unknown", "n/a", "na", "-", "?", "unbekannt", "inconnu");

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String folded = Text.fold(raw.strip()).replace(".", "");
        if (FEMALE.contains(folded)) {
            return Normalized.valid("female");
        }
        if (MALE.contains(folded)) {
            return Normalized.valid("male");
        }
        if (OTHER.contains(folded)) {
            return Normalized.valid("other");
        }
        if (UNKNOWN.contains(folded)) {
            return Normalized.missing();
        }
        return Normalized.invalid(raw, "not a gender value");
    }

    @Override
    public String rule() {
        return "f/w/female/weiblich/femme → female; m/h/male/männlich/homme → male; d/x/divers/other → other";
    }
}
