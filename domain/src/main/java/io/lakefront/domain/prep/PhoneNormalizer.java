package io.lakefront.domain.prep;

/**
 * Port: phone numbers to E.164 ({@code +4930123456}). The adapter in {@code connectors} uses
 * libphonenumber, which the domain may not depend on. A preparation calls it from several threads at
 * once, so an implementation must be safe to share (a pure function of its arguments).
 */
public interface PhoneNormalizer {
    /**
     * @param defaultRegion ISO 3166-1 alpha-2 country for numbers written without a country code
     *                      ({@code 030 123456} in {@code DE}); taken from the source's country data
     */
    Normalized toE164(String raw, String defaultRegion);

    /** This port as a {@link Normalizer} for one source's default region. */
    default Normalizer forRegion(String defaultRegion) {
        PhoneNormalizer phones = this;
        return new Normalizer() {
            @Override
            public Normalized normalize(String raw) {
                return Normalizer.isMissing(raw) ? Normalized.missing() : phones.toE164(raw, defaultRegion);
            }

            @Override
            public String rule() {
                return "E.164 (country code " + defaultRegion + " when none is written)";
            }
        };
    }
}
