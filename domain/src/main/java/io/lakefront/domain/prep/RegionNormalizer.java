package io.lakefront.domain.prep;

/**
 * States, provinces and Länder (codes or names) to the ISO 3166-2 subdivision code without its country
 * prefix ({@code Texas} → {@code TX}, {@code Bayern} → {@code BY}, {@code New South Wales} → {@code NSW}).
 */
public final class RegionNormalizer implements Normalizer {
    private final Lexicon lexicon = Lexicon.builtIn();

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String iso = lexicon.region(raw.strip());
        if (iso == null) {
            return Normalized.invalid(raw, "not a known state, province or Land");
        }
        return Normalized.valid(iso.substring(iso.indexOf('-') + 1));
    }

    @Override
    public String rule() {
        return "US states, Canadian provinces, Australian states, German Länder → ISO 3166-2 code without country prefix";
    }
}
