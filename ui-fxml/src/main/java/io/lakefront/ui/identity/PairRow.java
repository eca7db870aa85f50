package io.lakefront.ui.identity;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.ui.common.Tone;

/**
 * One scored pair in the pairs table.
 *
 * @param settledBy the deterministic rule that settled the pair, or {@code model}
 */
public record PairRow(RecordKey a, RecordKey b, String recordA, String recordB, double weight, String weightText,
                      String probability, MatchBand band, String settledBy) {
    public String bandLabel() {
        return Bands.label(band);
    }

    public Tone tone() {
        return Bands.tone(band);
    }
}
