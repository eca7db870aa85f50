package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.Normalized;
import org.junit.jupiter.api.Test;

class PlainPhoneNumbersTest {
    private final PlainPhoneNumbers phones = new PlainPhoneNumbers();

    @Test
    void nationalNumbersTakeTheRegionsCallingCodeWithoutTheTrunkZero() {
        assertThat(phones.toE164("030 1234567", "DE").valueOrNull()).isEqualTo("+49301234567");
        assertThat(phones.toE164("(555) 123-4567", "US").valueOrNull()).isEqualTo("+15551234567");
        assertThat(phones.toE164("1-555-123-4567", "CA").valueOrNull()).isEqualTo("+15551234567");
        assertThat(phones.toE164("0412 345 678", "AU").valueOrNull()).isEqualTo("+61412345678");
    }

    @Test
    void numbersWrittenInternationallyKeepTheirCountryWhateverTheRegion() {
        assertThat(phones.toE164("+44 20 7946 0958", "US").valueOrNull()).isEqualTo("+442079460958");
        assertThat(phones.toE164("0049 30 1234567", "GB").valueOrNull()).isEqualTo("+49301234567");
        assertThat(phones.toE164("011 44 20 7946 0958", "US").valueOrNull()).isEqualTo("+442079460958");
    }

    @Test
    void withoutAKnownRegionTheDigitsAreKeptAndAnExtensionDropped() {
        assertThat(phones.toE164("555-123-4567 ext. 12", "ZZ").valueOrNull()).isEqualTo("5551234567");
    }

    @Test
    void lettersAndImplausibleLengthsAreInvalidAndBlanksMissing() {
        assertThat(phones.toE164("call me", "US")).isInstanceOf(Normalized.Invalid.class);
        assertThat(phones.toE164("12345", "US")).isInstanceOf(Normalized.Invalid.class);
        assertThat(phones.toE164("1234567890123456", "US")).isInstanceOf(Normalized.Invalid.class);
        assertThat(phones.toE164("  ", "US")).isInstanceOf(Normalized.Missing.class);
    }
}
