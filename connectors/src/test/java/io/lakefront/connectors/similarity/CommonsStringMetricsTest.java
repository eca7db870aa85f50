package io.lakefront.connectors.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CommonsStringMetricsTest {
    private final CommonsStringMetrics metrics = new CommonsStringMetrics();

    @Test
    void jaroWinklerRewardsACommonPrefix() {
        assertThat(metrics.jaroWinkler("martha", "marhta")).isCloseTo(0.961, Offset.offset(0.001));
        assertThat(metrics.jaroWinkler("same", "same")).isEqualTo(1.0);
    }

    @Test
    void boundedLevenshteinAgreesWithTheFullDistance() {
        assertThat(metrics.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(metrics.levenshteinAtMost("kitten", "sitting", 3)).isTrue();
        assertThat(metrics.levenshteinAtMost("kitten", "sitting", 2)).isFalse();
    }

    @Test
    void phoneticCodesMakeSpellingVariantsSoundAlike() {
        assertThat(metrics.soundex("robert")).isEqualTo(metrics.soundex("rupert")).isEqualTo("R163");
        assertThat(metrics.doubleMetaphone("smith")).isEqualTo(metrics.doubleMetaphone("smyth"));
        assertThat(metrics.soundex("42")).isEmpty();
    }
}
