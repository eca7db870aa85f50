package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MessinessTest {
    @Test
    void aTypoIsOneSlipAwayFromTheOriginal() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            String typed = Messiness.typo("Katherine", random);
            assertThat(typed).isNotEqualTo("Katherine");
            boolean oneEdit = GenerateDemoDataTest.editDistance(typed, "Katherine") == 1
                    || GenerateDemoDataTest.isTransposition(typed, "Katherine");
            assertThat(oneEdit).as(typed).isTrue();
        }
    }

    @Test
    void gmailAddressesWithDotsAndTagsReachTheSameInbox() {
        assertThat(EmailAddresses.canonical("John.Smith+shop@Gmail.com")).isEqualTo("johnsmith@gmail.com");
        assertThat(EmailAddresses.canonical("john.smith@yahoo.com")).isEqualTo("john.smith@yahoo.com");
        assertThat(EmailAddresses.localPart("Müller-Weiß")).isEqualTo("muellerweiss");
    }

    @Test
    void phonesAreWrittenTheWayTheirCountryWritesThem() {
        Phone us = new Phone("1", "5125550134", 3);
        assertThat(us.nationalFormat()).isEqualTo("(512) 555-0134");
        assertThat(us.e164()).isEqualTo("+15125550134");
        Phone uk = new Phone("44", "7700900123", 4);
        assertThat(uk.nationalFormat()).isEqualTo("07700 900123");
        assertThat(uk.internationalFormat()).isEqualTo("+44 7700 900123");
    }

    @Test
    void emailsAndPhonesAreNeverHandedOutTwice() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 20_000; i++) {
            assertThat(keys.add("person" + i + "@example.com")).isTrue();
        }
        assertThat(keys.add("person7@example.com")).isFalse();
        assertThat(keys.contains("person19999@example.com")).isTrue();
        assertThat(keys.contains("nobody@example.com")).isFalse();
    }
}
