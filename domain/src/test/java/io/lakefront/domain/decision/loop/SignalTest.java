package io.lakefront.domain.decision.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.brief.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");

    @Test
    void validationNamesTheField() {
        assertThatThrownBy(() -> new Signal(" ", "c-1", SignalType.VISIT, null, null, AT, Map.of()))
                .isInstanceOf(UserError.class).hasMessage("signal: signal_id is missing");
        assertThatThrownBy(() -> new Signal("s", null, SignalType.VISIT, null, null, AT, Map.of()))
                .hasMessage("signal: customer_id is missing");
        assertThatThrownBy(() -> new Signal("s", "c-1", null, null, null, AT, Map.of()))
                .hasMessage("signal s: type is missing");
        assertThatThrownBy(() -> new Signal("s", "c-1", SignalType.VISIT, null, null, null, Map.of()))
                .hasMessage("signal s: occurred_at is missing");
        assertThatThrownBy(() -> new Signal("s", "c-1", SignalType.UNSUBSCRIBE, null, null, AT, Map.of()))
                .hasMessageStartingWith("signal s: channel is missing");
        assertThatThrownBy(() -> new Signal("s", "c-1", SignalType.PURCHASE, null, null, AT, Map.of("amount", "-3")))
                .hasMessage("signal s: attributes.amount -3 is negative");
        assertThatThrownBy(() -> new Signal("x".repeat(Signal.MAX_ID + 1), "c-1", SignalType.VISIT, null, null, AT, Map.of()))
                .hasMessage("signal: signal_id is longer than 128 characters");
    }

    @Test
    void normalisesAndReadsAttributes() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("amount", " 49.90 ");
        attributes.put("note", null);
        Signal s = new Signal(" s-1 ", " c-1 ", SignalType.PURCHASE, null, "  ", AT, attributes);
        assertThat(s.signalId()).isEqualTo("s-1");
        assertThat(s.customerId()).isEqualTo("c-1");
        assertThat(s.campaign()).isNull();
        assertThat(s.attributes()).containsOnlyKeys("amount");
        assertThat(s.amount()).isEqualByComparingTo(new BigDecimal("49.90"));
        assertThat(new Signal("s", "c", SignalType.OPEN, Channel.SMS, "VIP", AT, null).amount()).isZero();
    }

    @Test
    void typesParseFromTheirCodes() {
        assertThat(SignalType.parse("Ticket-Opened")).isEqualTo(SignalType.TICKET_OPENED);
        assertThat(SignalType.TICKET_CLOSED.code()).isEqualTo("ticket_closed");
        assertThatThrownBy(() -> SignalType.parse("refund")).hasMessageStartingWith("unknown signal type 'refund'");
    }

    @Test
    void latenciesSummariseTheKeptMeasurements() {
        Latencies latencies = new Latencies();
        assertThat(latencies.summary().count()).isZero();
        for (long i = 1; i <= 100; i++) {
            latencies.add(i * 1_000_000);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50_000_000);
        assertThat(summary.p99()).isEqualTo(99_000_000);
        assertThat(summary.max()).isEqualTo(100_000_000);
        assertThat(summary.millis()).isEqualTo("100 signals: p50 50.00 ms, p99 99.00 ms, max 100.00 ms");
    }
}
