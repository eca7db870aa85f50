package io.lakefront.connectors.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.Normalized;
import io.lakefront.domain.prep.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibPhoneNumberNormalizerTest {
    private final LibPhoneNumberNormalizer phones = new LibPhoneNumberNormalizer();

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
            "030 12345678,        DE, +493012345678",
            "+49 (0)30 12345678,  DE, +493012345678",
            "0171 2345678,        DE, +491712345678",
            "(415) 555-2671,      US, +14155552671",
            "415.555.2671,        US, +14155552671",
            "+1 415 555 2671,     DE, +14155552671",
            "0044 20 7946 0958,   DE, +442079460958",
            "020 7946 0958,       GB, +442079460958",
    })
    void writesNumbersInE164UsingTheDefaultRegionWhenNoCountryCodeIsGiven(String raw, String region, String e164) {
        assertThat(phones.toE164(raw, region)).isEqualTo(Normalized.valid(e164));
    }

    @Test
    void quarantinesAFourDigitNumberAsTooShort() {
        Normalized result = phones.toE164("1234", "US");
        assertThat(result).isInstanceOf(Normalized.Invalid.class);
        assertThat(((Normalized.Invalid) result).reason()).contains("too short");
    }

    @Test
    void quarantinesWordsAsNotAPhoneNumber() {
        assertThat(phones.toE164("call me", "DE"))
                .isEqualTo(Normalized.invalid("call me", "not a phone number"));
    }

    @Test
    void quarantinesANumberNoCarrierWouldRoute() {
        Normalized result = phones.toE164("(555) 555-55555", "US");
        assertThat(result).isInstanceOf(Normalized.Invalid.class);
    }

    @Test
    void asksForACountryCodeWhenTheSourceNamesNoCountry() {
        assertThat(phones.toE164("030 12345678", null))
                .isEqualTo(Normalized.invalid("030 12345678", "no country code (+..) and the source names no country"));
        assertThat(phones.toE164("+49 30 12345678", "")).isEqualTo(Normalized.valid("+493012345678"));
    }

    @Test
    void treatsBlankValuesAsMissingNotInvalid() {
        Normalizer normalizer = phones.forRegion("DE");
        assertThat(normalizer.normalize("  ")).isEqualTo(Normalized.missing());
        assertThat(normalizer.normalize(null)).isEqualTo(Normalized.missing());
    }
}
