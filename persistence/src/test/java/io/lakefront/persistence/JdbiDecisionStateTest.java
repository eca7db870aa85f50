package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.CampaignEvidence;
import io.lakefront.domain.decision.ContactHistory;
import io.lakefront.domain.decision.ContactMessage;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.MessageStatus;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.domain.decision.loop.DecisionJournal;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decisioning state on a migrated H2 database: what is written is what the engine reads back. */
class JdbiDecisionStateTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private WorkspaceDatabase database;
    private JdbiDecisionState state;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("decision-state");
        state = new JdbiDecisionState(database.jdbi());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static CampaignDecision send(String campaign, int step, Channel channel, ZonedDateTime at) {
        return new CampaignDecision(campaign, Outcome.SEND, step, "Welcome back", channel, "A", at, null, null,
                List.of(Reason.of(ReasonCode.CONSENT, "name", "Maria", "channel", "email")), List.of());
    }

    private static CampaignDecision other(String campaign, Outcome outcome, ZonedDateTime at) {
        return new CampaignDecision(campaign, outcome, -1, "", null, null, at, null, null,
                List.of(Reason.of(ReasonCode.NOT_IN_AUDIENCE, "name", "Maria", "campaign", campaign)), List.of());
    }

    @Test
    void aCommittedDecisionIsTheHistoryReadBack() {
        ZonedDateTime sendAt = ZonedDateTime.of(2026, 10, 21, 18, 0, 0, 0, CHICAGO);
        ZonedDateTime deferTo = ZonedDateTime.of(2026, 10, 23, 18, 0, 0, 0, CHICAGO);
        CustomerDecision decision = new CustomerDecision("C1", NOW, List.of(
                send("VIP early access", 0, Channel.EMAIL, sendAt),
                other("Win back", Outcome.DEFER, deferTo),
                other("Newsletter", Outcome.SKIP, null)));
        state.commit(decision, Set.of("VIP early access", "Win back"), null);

        ContactHistory history = state.histories(List.of("C1", "C2")).get("C1");
        assertThat(state.histories(List.of("C2"))).isEmpty();
        assertThat(history.messages()).hasSize(1);
        ContactMessage message = history.messages().get(0);
        assertThat(message.campaign()).isEqualTo("VIP early access");
        assertThat(message.step()).isZero();
        assertThat(message.channel()).isEqualTo(Channel.EMAIL);
        assertThat(message.variant()).isEqualTo("A");
        assertThat(message.sendAt()).isEqualTo(sendAt.toInstant());
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.respondedAt()).isNull();
        assertThat(history.enrolments()).containsOnlyKeys("VIP early access", "Win back");
        assertThat(history.enrolment("Win back").orElseThrow().enteredAt()).isEqualTo(NOW);

        Map<String, Object> outbox = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT message_id, customer_id, campaign, channel, payload, dispatched_at FROM decision_outbox").mapToMap().one());
        assertThat(outbox.get("message_id")).isEqualTo(message.messageId());
        assertThat(outbox.get("channel")).isEqualTo("email");
        assertThat((String) outbox.get("payload")).contains("\"campaign\":\"VIP early access\"", "\"step\":\"0\"");
        assertThat(outbox.get("dispatched_at")).isNull();
        List<Map<String, Object>> log = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT campaign, outcome, reasons FROM decision_log ORDER BY id").mapToMap().list());
        assertThat(log).extracting(r -> r.get("outcome")).containsExactly("send", "defer", "skip");
        assertThat((String) log.get(0).get("reasons")).contains("\"code\":\"consent\"", "\"channel\":\"email\"",
                "\"text\":\"Maria accepts email.\"");

        assertThat(state.nextDue()).contains(deferTo.toInstant());
        assertThat(state.due(NOW)).isEmpty();
        assertThat(state.due(deferTo.toInstant())).containsExactly("C1");

        // A later decision keeps the enrolment's first entry and drops the due time when nothing is deferred.
        state.commit(new CustomerDecision("C1", NOW.plusSeconds(60), List.of(other("Win back", Outcome.SKIP, null))),
                Set.of("Win back"), null);
        assertThat(state.histories(List.of("C1")).get("C1").enrolment("Win back").orElseThrow().enteredAt()).isEqualTo(NOW);
        assertThat(state.nextDue()).isEmpty();
    }

    @Test
    void logAndOutboxAreAppendOnly() {
        state.commit(new CustomerDecision("C1", NOW, List.of(send("A", 0, Channel.SMS,
                ZonedDateTime.of(2026, 10, 21, 9, 0, 0, 0, CHICAGO)))), Set.of("A"), null);
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM decision_log")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE decision_log SET outcome = 'skip'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM decision_outbox")))
                .hasMessageContaining("append-only");
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE decision_outbox SET dispatched_at = :at").bind("at", NOW).execute());
    }

    @Test
    void signalsAreRecordedOnceAndReadBackUntilProcessed() {
        Signal purchase = new Signal("s-1", "C1", SignalType.PURCHASE, null, null, NOW,
                Map.of("amount", "49.90", "category", "shoes"));
        Signal unsubscribe = new Signal("s-2", "C1", SignalType.UNSUBSCRIBE, Channel.SMS, "Win back", NOW.plusSeconds(5),
                Map.of("note", "quote \" and \\ and\nnewline"));
        assertThat(state.record(purchase, NOW)).isTrue();
        assertThat(state.record(purchase, NOW.plusSeconds(1))).as("the same id again").isFalse();
        assertThat(state.record(unsubscribe, NOW.plusSeconds(2))).isTrue();
        assertThat(state.unprocessed()).extracting(DecisionJournal.Received::signal).containsExactly(purchase, unsubscribe);
        assertThat(state.unprocessed().get(0).receivedAt()).isEqualTo(NOW);
        assertThat(state.processed("s-1")).isFalse();

        // Appended to the event tables, so that filters see them.
        java.math.BigDecimal amount = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT amount FROM purchases WHERE purchase_id = 's-1'").mapTo(java.math.BigDecimal.class).one());
        assertThat(amount).isEqualByComparingTo("49.90");
        String event = database.jdbi().withHandle(h -> h.createQuery("SELECT type || '/' || channel FROM engagement_events "
                + "WHERE event_id = 's-2'").mapTo(String.class).one());
        assertThat(event).isEqualTo("unsubscribe/sms");

        state.commit(new CustomerDecision("C1", NOW, List.of()), Set.of(), "s-1");
        state.markProcessed("s-2", NOW);
        assertThat(state.processed("s-1")).isTrue();
        assertThat(state.unprocessed()).isEmpty();
    }

    @Test
    void conversionsResponsesAndStatusesAreIdempotent() {
        ZonedDateTime first = ZonedDateTime.of(2026, 10, 10, 9, 0, 0, 0, CHICAGO);
        ZonedDateTime second = ZonedDateTime.of(2026, 10, 25, 9, 0, 0, 0, CHICAGO);
        state.commit(new CustomerDecision("C1", Instant.parse("2026-10-01T00:00:00Z"),
                List.of(send("VIP", 0, Channel.EMAIL, first))), Set.of("VIP", "Tips"), null);
        state.commit(new CustomerDecision("C1", Instant.parse("2026-10-02T00:00:00Z"),
                List.of(send("VIP", 1, Channel.EMAIL, second), send("Tips", 0, Channel.SMS, second))), Set.of(), null);

        // An open answers the latest message that had gone out by then.
        assertThat(state.respond("C1", null, null, Channel.EMAIL, NOW)).isPresent();
        ContactHistory history = state.histories(List.of("C1")).get("C1");
        assertThat(history.messages().get(0).respondedAt()).isEqualTo(NOW);
        assertThat(history.messages().get(1).respondedAt()).isNull();
        state.respond("C1", null, null, Channel.EMAIL, NOW.plusSeconds(60));
        assertThat(state.histories(List.of("C1")).get("C1").messages().get(0).respondedAt()).as("first response kept")
                .isEqualTo(NOW);
        assertThat(state.status("C1", null, "VIP", null, MessageStatus.DELIVERED, NOW)).isPresent();
        assertThat(state.respond("C1", null, "Tips", null, NOW)).as("not due yet").isEmpty();

        assertThat(state.convert("C1", List.of("VIP", "Unknown"), NOW)).containsExactly("VIP");
        assertThat(state.convert("C1", List.of("VIP"), NOW.plusSeconds(5))).as("converted once").isEmpty();
        history = state.histories(List.of("C1")).get("C1");
        assertThat(history.enrolment("VIP").orElseThrow().convertedAt()).isEqualTo(NOW);
        assertThat(history.enrolment("Tips").orElseThrow().converted()).isFalse();
        assertThat(history.messages()).extracting(m -> m.campaign() + m.step() + " " + m.status())
                .containsExactlyInAnyOrder("VIP0 DELIVERED", "VIP1 CANCELLED", "Tips0 PENDING");
        assertThat(state.evidence()).containsEntry("VIP", new CampaignEvidence(1, 1)).doesNotContainKey("Tips");

        assertThat(state.cancelPending("C1", Channel.SMS)).isEqualTo(1);
        assertThat(state.cancelPending("C1", Channel.SMS)).isZero();
    }

    @Test
    void historiesOfManyCustomersAcrossChunks() {
        for (int i = 0; i < JdbiDecisionState.IDS_PER_QUERY + 5; i += 7) {
            state.commit(new CustomerDecision("c-" + i, NOW, List.of(send("A", 0, Channel.EMAIL,
                    ZonedDateTime.of(2026, 10, 21, 9, 0, 0, 0, CHICAGO)))), Set.of("A"), null);
        }
        List<String> ids = java.util.stream.IntStream.range(0, JdbiDecisionState.IDS_PER_QUERY + 5)
                .mapToObj(i -> "c-" + i).toList();
        Map<String, ContactHistory> histories = state.histories(ids);
        assertThat(histories).hasSize((JdbiDecisionState.IDS_PER_QUERY + 5 + 6) / 7);
        assertThat(histories.get("c-1001").messages()).hasSize(1);
    }
}
