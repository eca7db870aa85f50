package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New source events past the watermark become signals once; history is not replayed. */
class JdbiEventSignalsTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    private WorkspaceDatabase database;

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void eventsPastTheWatermarkBecomeSignalsOnce() {
        database = TestDatabases.fresh("event-signals");
        JdbiEventSignals events = new JdbiEventSignals(database.jdbi());
        database.jdbi().useHandle(h -> {
            JdbiDecisionProfilesTest.customer(h, "C1", "Maria", "m@example.com", null, "US", "TX", true, false, false,
                    "2026-01-01T00:00:00Z");
            JdbiDecisionProfilesTest.event(h, "E1", "C1", "2026-10-01T09:00:00Z", "email", "open");
            h.execute("INSERT INTO purchases (purchase_id, customer_id, purchased_at, amount) "
                    + "VALUES ('P1', 'C1', TIMESTAMP WITH TIME ZONE '2026-10-02 10:00:00+00', 10)");
        });
        assertThat(events.poll(NOW)).as("the first look sets the watermarks only").isEmpty();

        database.jdbi().useHandle(h -> {
            JdbiDecisionProfilesTest.event(h, "E2", "C1", "2026-10-10T09:00:00Z", "email", "click");
            JdbiDecisionProfilesTest.event(h, "E3", "C1", "2026-10-10T09:05:00Z", "email", "sent");
            JdbiDecisionProfilesTest.event(h, "E4", "ghost", "2026-10-10T09:05:00Z", "email", "open");
            JdbiDecisionProfilesTest.event(h, "E5", "C1", "2026-09-01T09:00:00Z", "email", "open"); // late and old
            h.execute("INSERT INTO purchases (purchase_id, customer_id, purchased_at, amount, category) "
                    + "VALUES ('P2', 'C1', TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00', 25.50, 'shoes')");
            h.execute("INSERT INTO support_tickets (ticket_id, customer_id, opened_at, closed_at, status) "
                    + "VALUES ('T1', 'C1', TIMESTAMP WITH TIME ZONE '2026-10-13 10:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-10-14 10:00:00+00', 'closed')");
        });
        List<Signal> signals = events.poll(NOW);
        assertThat(signals).extracting(Signal::signalId).containsExactlyInAnyOrder("E2", "P2", "T1", "T1:closed");
        Signal purchase = signals.stream().filter(s -> s.signalId().equals("P2")).findFirst().orElseThrow();
        assertThat(purchase.type()).isEqualTo(SignalType.PURCHASE);
        assertThat(purchase.attribute("amount")).isEqualTo("25.5");
        assertThat(purchase.attribute("category")).isEqualTo("shoes");
        assertThat(new JdbiDecisionState(database.jdbi()).unprocessed()).hasSize(4);

        assertThat(events.poll(NOW)).as("nothing new").isEmpty();
    }

    @Test
    void aListenerSignalAndItsSourceRowAreOneSignal() {
        database = TestDatabases.fresh("event-signals-listener");
        JdbiEventSignals events = new JdbiEventSignals(database.jdbi());
        JdbiDecisionState state = new JdbiDecisionState(database.jdbi());
        database.jdbi().useHandle(h -> JdbiDecisionProfilesTest.customer(h, "C1", "Maria", "m@example.com", null, "US",
                "TX", true, false, false, "2026-01-01T00:00:00Z"));
        assertThat(events.poll(NOW)).isEmpty();
        assertThat(state.record(new Signal("s-9", "C1", SignalType.VISIT, null, null, NOW, java.util.Map.of()), NOW)).isTrue();
        assertThat(events.poll(NOW)).as("already in the inbox").isEmpty();
        assertThat(state.unprocessed()).hasSize(1);
    }
}
