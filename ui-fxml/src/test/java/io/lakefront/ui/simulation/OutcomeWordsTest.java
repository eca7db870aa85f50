package io.lakefront.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.ui.common.Tone;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutcomeWordsTest {
    @Test
    void everyReasonCodeHasAShortNameOfItsOwn() {
        assertThat(Arrays.stream(ReasonCode.values()).map(c -> OutcomeWords.reason(c.name())))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).doesNotContain("_").matches("[A-Z].*"));
        assertThat(OutcomeWords.reason("FREQUENCY_CAP")).isEqualTo("Frequency cap reached");
        // A code from a newer engine still reads as words.
        assertThat(OutcomeWords.reason("WEATHER_HOLD")).isEqualTo("Weather hold");
    }

    @Test
    void outcomesReadAsWordsWithTheirColours() {
        assertThat(Arrays.stream(Outcome.values()).map(OutcomeWords::label)).containsExactly("Send", "Defer", "Suppress", "Skip");
        assertThat(Arrays.stream(Outcome.values()).map(OutcomeWords::past)).containsExactly("Sent", "Deferred", "Suppressed", "Skipped");
        assertThat(Arrays.stream(Outcome.values()).map(OutcomeWords::tone))
                .containsExactly(Tone.SUCCESS, Tone.WARNING, Tone.DANGER, Tone.NEUTRAL);
    }
}
