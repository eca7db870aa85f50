package io.lakefront.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.Thresholds;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairWeightsTest {
    @Test
    void counts_agree_with_the_engines_bands_at_any_cut_offs() {
        Random random = new Random(7);
        double[] weights = new double[500];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.round((random.nextDouble() * 30 - 12) * 4) / 4.0; // ties on quarter steps
        }
        PairWeights pairs = PairWeights.of(weights, 9);
        for (double[] cut : new double[][] {{6, 0}, {6, 6}, {0.25, -0.25}, {-20, -30}, {40, 30}, {3.5, -1.75}}) {
            Thresholds thresholds = new Thresholds(cut[0], cut[1]);
            long match = 9;
            long review = 0;
            long non = 0;
            for (double w : weights) {
                MatchBand band = thresholds.bandOf(w);
                match += band == MatchBand.MATCH ? 1 : 0;
                review += band == MatchBand.REVIEW ? 1 : 0;
                non += band == MatchBand.NON_MATCH ? 1 : 0;
            }
            assertThat(pairs.counts(cut[0], cut[1])).as("at %s", thresholds).isEqualTo(new BandCounts(match, review, non));
        }
        assertThat(pairs.size()).isEqualTo(509);
    }

    @Test
    void deterministic_matches_stay_matches_and_the_range_covers_the_model_weights() {
        PairWeights pairs = PairWeights.of(new double[] {3, -8, 12.5}, 2);

        assertThat(pairs.counts(100, 100)).isEqualTo(new BandCounts(2, 0, 3));
        assertThat(pairs.lowest()).isEqualTo(-8);
        assertThat(pairs.highest()).isEqualTo(12.5);
        assertThatThrownBy(() -> pairs.counts(1, 2)).hasMessage("review threshold 2.0 is above auto-match 1.0");
    }
}
