package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.Reason;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.domain.decision.loop.DecisionFeed;
import io.lakefront.domain.decision.loop.DecisionFeed.LoggedDecision;
import io.lakefront.domain.decision.loop.DecisionFeed.OutboxEntry;
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

/** The feed on a migrated H2 database reads back what the loop's write side ({@link JdbiDecisionState}) wrote. */
class JdbiDecisionFeedTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private WorkspaceDatabase database;
    private JdbiDecisionState state;
    private JdbiDecisionFeed feed;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("decision-feed");
        state = new JdbiDecisionState(database.jdbi());
        feed = new JdbiDecisionFeed(database.jdbi());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static CampaignDecision send(String campaign, String theme, ZonedDateTime at) {
        return new CampaignDecision(campaign, Outcome.SEND, 0, theme, Channel.EMAIL, "B", at, null, null,
                List.of(Reason.of(ReasonCode.CONSENT, "name", "Maria", "channel", "email"),
                        Reason.of(ReasonCode.WITHIN_CAPS, "name", "Maria")), List.of());
    }

    private static CampaignDecision defer(String campaign, ZonedDateTime to) {
        return new CampaignDecision(campaign, Outcome.DEFER, -1, "", null, null, to, null, null,
                List.of(Reason.of(ReasonCode.NOT_IN_AUDIENCE, "name", "Ann {x}", "campaign", campaign)), List.of());
    }

    @Test
    void anEmptyWorkspaceHasNothingToShow() {
        DecisionFeed.Snapshot snapshot = feed.snapshot(20);
        assertThat(snapshot.summary().empty()).isTrue();
        assertThat(snapshot.summary().nextDue()).isNull();
        assertThat(snapshot.summary().latestDecision()).isNull();
        assertThat(snapshot.outbox()).isEmpty();
        assertThat(snapshot.decisions()).isEmpty();
    }

    @Test
    void aMessageTheLedgerCancelledShowsWithdrawnAndNoLongerWaits() {
        ZonedDateTime sendAt = ZonedDateTime.of(2026, 10, 21, 18, 0, 0, 0, CHICAGO);
        state.commit(new CustomerDecision("C1", NOW, List.of(send("VIP early access", "Early access opens", sendAt))),
                Set.of("VIP early access"), null);
        assertThat(feed.summary().outboxPending()).isEqualTo(1);

        state.cancelPending("C1", Channel.EMAIL);

        assertThat(feed.summary().outboxPending()).isZero();
        assertThat(feed.outbox(10)).singleElement().satisfies(e -> {
            assertThat(e.withdrawn()).isTrue();
            assertThat(e.dispatched()).isFalse();
        });
    }

    @Test
    void theFeedShowsWhatTheLoopWrote() {
        ZonedDateTime sendAt = ZonedDateTime.of(2026, 10, 21, 18, 0, 0, 0, CHICAGO);
        ZonedDateTime deferTo = ZonedDateTime.of(2026, 10, 23, 9, 0, 0, 0, CHICAGO);
        state.record(new Signal("s-1", "C1", SignalType.VISIT, null, null, NOW, Map.of()), NOW);
        state.record(new Signal("s-2", "C2", SignalType.PURCHASE, null, null, NOW, Map.of("amount", "10")), NOW);
        state.record(new Signal("s-3", "C3", SignalType.CLICK, Channel.EMAIL, null, NOW, Map.of()), NOW);
        state.commit(new CustomerDecision("C1", NOW.plusSeconds(1), List.of(send("VIP early access", "Early access opens",
                sendAt), defer("Win back", deferTo))), Set.of("VIP early access"), "s-1");
        state.commit(new CustomerDecision("C2", NOW.plusSeconds(2), List.of(send("Welcome", "Say hello", sendAt))),
                Set.of("Welcome"), "s-2");
        state.commit(new CustomerDecision("C4", NOW.plusSeconds(3), List.of(defer("Win back", deferTo))), Set.of(), null);
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE decision_outbox SET dispatched_at = :at WHERE customer_id = 'C1'")
                .bind("at", NOW.plusSeconds(10)).execute());

        DecisionFeed.Summary summary = feed.summary();
        assertThat(summary).isEqualTo(new DecisionFeed.Summary(3, 2, 1, 1, 1, 2, deferTo.toInstant(), 4,
                NOW.plusSeconds(3)));
        assertThat(summary.empty()).isFalse();

        List<OutboxEntry> outbox = feed.outbox(10);
        assertThat(outbox).extracting(OutboxEntry::customerId).containsExactly("C2", "C1");
        OutboxEntry c1 = outbox.get(1);
        assertThat(c1.campaign()).isEqualTo("VIP early access");
        assertThat(c1.channel()).isEqualTo(Channel.EMAIL);
        assertThat(c1.variant()).isEqualTo("B");
        assertThat(c1.sendAt()).isEqualTo(sendAt.toInstant());
        assertThat(c1.createdAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(c1.dispatched()).isTrue();
        assertThat(c1.theme()).isEqualTo("Early access opens");
        assertThat(c1.messageId()).startsWith("m-");
        assertThat(outbox.get(0).dispatched()).isFalse();
        assertThat(outbox.get(0).theme()).isEqualTo("Say hello");
        assertThat(feed.outbox(1)).extracting(OutboxEntry::customerId).containsExactly("C2");

        List<LoggedDecision> decisions = feed.decisions(10);
        assertThat(decisions).extracting(d -> d.customerId() + " " + d.campaign() + " " + d.outcome())
                .containsExactly("C4 Win back DEFER", "C2 Welcome SEND", "C1 Win back DEFER", "C1 VIP early access SEND");
        assertThat(decisions.get(0).signalId()).isNull();
        assertThat(decisions.get(0).signalType()).isNull();
        assertThat(decisions.get(0).reason()).isEqualTo("Ann {x} is not in the audience of 'Win back' now.");
        assertThat(decisions.get(1).signalId()).isEqualTo("s-2");
        assertThat(decisions.get(1).signalType()).isEqualTo(SignalType.PURCHASE);
        assertThat(decisions.get(3).reason()).as("the first reason only").isEqualTo("Maria accepts email.");
        assertThat(decisions.get(3).decidedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(decisions.get(3).signalType()).isEqualTo(SignalType.VISIT);

        DecisionFeed.Snapshot snapshot = feed.snapshot(2);
        assertThat(snapshot.summary()).isEqualTo(summary);
        assertThat(snapshot.outbox()).hasSize(2);
        assertThat(snapshot.decisions()).extracting(LoggedDecision::customerId).containsExactly("C4", "C2");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> feed.outbox(0)).hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> feed.snapshot(-3)).hasMessageContaining("at least 1, not -3");
    }

    @Test
    void theFirstReasonIsReadFromTheStoredArray() {
        assertThat(FlatJson.firstText("[]")).isEmpty();
        assertThat(FlatJson.firstText(JdbiDecisionState.reasons(List.of(
                Reason.of(ReasonCode.CONSENT, "name", "Jo \"}\"", "channel", "sms"))))).isEqualTo("Jo \"}\" accepts sms.");
        assertThat(FlatJson.firstText("[{\"code\":\"x\",\"values\":{}}]")).isEmpty();
        assertThatThrownBy(() -> FlatJson.firstText("[{\"code\":\"x\",\"values\":{\"a\":")).hasMessageContaining("stored JSON");
    }
}
