package io.lakefront.domain.prep;

/** Country codes and names in five languages to ISO 3166-1 alpha-2 ({@code Deutschland} → {@code DE}). */
public final class CountryNormalizer implements Normalizer {
    private final Lexicon lexicon = Lexicon.builtIn();

    @Override
    public Normalized normalize(String raw) {
        if (Normalizer.isMissing(raw)) {
            return Normalized.missing();
        }
        String code = lexicon.country(raw.strip());
        return code == null ? Normalized.invalid(raw, "not a known country code or name") : Normalized.valid(code);
    }

    @Override
    public String rule() {
        return "country codes and names → ISO 3166-1 alpha-2";
    }
}
