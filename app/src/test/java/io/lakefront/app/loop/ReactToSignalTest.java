package io.lakefront.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.decision.CampaignDecision;
import io.lakefront.domain.decision.ContactMessage;
import io.lakefront.domain.decision.CustomerDecision;
import io.lakefront.domain.decision.MessageStatus;
import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.ReasonCode;
import io.lakefront.domain.decision.loop.DecisionLoop;
import io.lakefront.domain.decision.loop.Reaction;
import io.lakefront.domain.decision.loop.Signal;
import io.lakefront.domain.decision.loop.SignalType;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop's step on a real demo workspace (H2 file database, the demo's briefs and suppression
 * rules, the engine): what a signal changes for the customer's next decision, and a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReactToSignalTest {
    private static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    private static final String WIN_BACK = "Win back lapsed customers";

    private Path ws;
    /** Win-back customers whose first decision sends its first e-mail, not yet used by a test. */
    private final List<String> winBackSends = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeAll
    void demo(@TempDir Path folder) {
        ws = folder.resolve("demo");
        try (Workspace workspace = Workspace.open(ws, WorkspaceClock.fixedAt(AS_OF))) {
            new DemoWorkspaceBuilder(workspace).build(7, 300, TaskContext.silent());
            CampaignBrief winBack = workspace.briefStore().find(WIN_BACK).orElseThrow();
            List<String> members = workspace.audienceQuery().ids(winBack.audience().filter(), AS_OF);
            for (String id : members) {
                Reaction first = workspace.reactToSignal().react(signal(id, SignalType.VISIT, null, null, AS_OF));
                CampaignDecision d = first.decision().orElseThrow().decisionFor(WIN_BACK).orElseThrow();
                if (d.outcome() == Outcome.SEND && d.channel() == Channel.EMAIL && d.step() == 0) {
                    winBackSends.add(id);
                }
            }
        }
        assertThat(winBackSends).as("win-back customers who get its first e-mail").hasSizeGreaterThanOrEqualTo(3);
    }

    private Signal signal(String customer, SignalType type, Channel channel, String campaign, Instant at) {
        return new Signal("t-" + ids.incrementAndGet(), customer, type, channel, campaign, at, Map.of("amount", "30"));
    }

    private Workspace at(Instant now) {
        return Workspace.open(ws, WorkspaceClock.fixedAt(now));
    }

    private synchronized String nextWinBackCustomer() {
        return winBackSends.remove(0);
    }

    @Test
    void aPurchaseConvertsAndEndsTheCampaignAtOnce() {
        String customer = nextWinBackCustomer();
        try (Workspace workspace = at(AS_OF)) {
            Reaction reaction = workspace.reactToSignal().react(signal(customer, SignalType.PURCHASE, null, null, AS_OF));
            assertThat(reaction.effects()).contains("converted on '" + WIN_BACK + "'");
            CampaignDecision d = reaction.decision().orElseThrow().decisionFor(WIN_BACK).orElseThrow();
            assertThat(d.outcome()).isEqualTo(Outcome.SKIP);
            assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.CONVERTED);
            List<ContactMessage> messages = workspace.decisionState().histories(List.of(customer)).get(customer).messages();
            assertThat(messages).filteredOn(m -> m.campaign().equals(WIN_BACK))
                    .extracting(ContactMessage::status).containsOnly(MessageStatus.CANCELLED);
            assertThat(workspace.decisionState().histories(List.of(customer)).get(customer).enrolment(WIN_BACK)
                    .orElseThrow().convertedAt()).isEqualTo(AS_OF);
        }
    }

    @Test
    void anUnsubscribeStopsSendsOnThatChannel() {
        String customer = nextWinBackCustomer();
        try (Workspace workspace = at(AS_OF)) {
            Reaction reaction = workspace.reactToSignal().react(signal(customer, SignalType.UNSUBSCRIBE, Channel.EMAIL,
                    null, AS_OF));
            assertThat(reaction.effects()).anyMatch(e -> e.startsWith("no more email"))
                    .anyMatch(e -> e.contains("pending email message(s) cancelled"));
            CustomerDecision decision = reaction.decision().orElseThrow();
            assertThat(decision.sends()).noneMatch(d -> d.channel() == Channel.EMAIL);
            assertThat(workspace.decisionProfiles().profiles(List.of(customer), AS_OF).get(customer).consent())
                    .doesNotContain(Channel.EMAIL);
            assertThat(workspace.decisionState().histories(List.of(customer)).get(customer).messages())
                    .filteredOn(m -> m.channel() == Channel.EMAIL).extracting(ContactMessage::status)
                    .doesNotContain(MessageStatus.PENDING);
        }
        // A week later the win-back follow-up (sms) may go, the e-mail never again.
        try (Workspace workspace = at(AS_OF.plus(Duration.ofDays(9)))) {
            Reaction later = workspace.reactToSignal().react(signal(customer, SignalType.VISIT, null, null,
                    AS_OF.plus(Duration.ofDays(9))));
            assertThat(later.decision().orElseThrow().sends()).noneMatch(d -> d.channel() == Channel.EMAIL);
        }
    }

    @Test
    void anOpenMarksTheMessageRespondedSoTheNoResponseFollowUpIsSkipped() {
        String opened = nextWinBackCustomer();
        String silent = nextWinBackCustomer();
        Instant afterSend = AS_OF.plus(Duration.ofDays(2));
        try (Workspace workspace = at(afterSend)) {
            Reaction reaction = workspace.reactToSignal().react(signal(opened, SignalType.OPEN, Channel.EMAIL, WIN_BACK,
                    afterSend));
            assertThat(reaction.effects()).singleElement().asString().endsWith(" opened");
            ContactMessage first = workspace.decisionState().histories(List.of(opened)).get(opened).messages().stream()
                    .filter(m -> m.campaign().equals(WIN_BACK)).findFirst().orElseThrow();
            assertThat(first.respondedAt()).isEqualTo(afterSend);
        }
        Instant week = AS_OF.plus(Duration.ofDays(9));
        try (Workspace workspace = at(week)) {
            CampaignDecision followUp = workspace.reactToSignal().react(signal(opened, SignalType.VISIT, null, null, week))
                    .decision().orElseThrow().decisionFor(WIN_BACK).orElseThrow();
            assertThat(followUp.outcome()).isEqualTo(Outcome.SKIP);
            assertThat(followUp.reasons().get(0).code()).isEqualTo(ReasonCode.RESPONDED);
            CampaignDecision noOpen = workspace.reactToSignal().react(signal(silent, SignalType.VISIT, null, null, week))
                    .decision().orElseThrow().decisionFor(WIN_BACK).orElseThrow();
            assertThat(noOpen.reasons()).extracting(r -> r.code()).doesNotContain(ReasonCode.RESPONDED);
            assertThat(noOpen.step()).as("the follow-up is next for the customer who did not open").isEqualTo(1);
        }
    }

    @Test
    void aDuplicateSignalDoesNothing() {
        String customer = nextWinBackCustomer();
        try (Workspace workspace = at(AS_OF)) {
            Signal visit = signal(customer, SignalType.VISIT, null, null, AS_OF);
            assertThat(workspace.reactToSignal().react(visit).duplicate()).isFalse();
            Reaction again = workspace.reactToSignal().react(visit);
            assertThat(again.duplicate()).isTrue();
            assertThat(again.decision()).isEmpty();
        }
    }

    @Test
    void aNewLoopOverTheSameDatabaseProcessesTheUnprocessedSignals() throws Exception {
        List<String> customers = List.of(nextWinBackCustomer());
        Signal pending = signal(customers.get(0), SignalType.PURCHASE, null, null, AS_OF);
        Signal unknown = signal("nobody", SignalType.VISIT, null, null, AS_OF);
        try (Workspace workspace = at(AS_OF)) {
            // Recorded, then the process "dies" before deciding.
            assertThat(workspace.decisionState().record(pending, AS_OF)).isTrue();
            assertThat(workspace.decisionState().record(unknown, AS_OF)).isTrue();
        }
        try (Workspace workspace = at(AS_OF)) {
            assertThat(workspace.decisionState().unprocessed()).extracting(r -> r.signal().signalId())
                    .contains(pending.signalId(), unknown.signalId());
            CountDownLatch done = new CountDownLatch(2);
            List<Reaction> reactions = new CopyOnWriteArrayList<>();
            DecisionLoop loop = workspace.decisionLoop(Duration.ofHours(1), r -> {
                if (r.signal() != null && (r.signal().equals(pending) || r.signal().equals(unknown))) {
                    reactions.add(r);
                    done.countDown();
                }
            });
            loop.start();
            try {
                assertThat(done.await(60, TimeUnit.SECONDS)).as("both signals processed").isTrue();
            } finally {
                loop.stop();
            }
            assertThat(loop.running()).isFalse();
            assertThat(loop.lastError()).isEmpty();
            Reaction purchase = reactions.stream().filter(r -> r.signal().equals(pending)).findFirst().orElseThrow();
            assertThat(purchase.decision().orElseThrow().decisionFor(WIN_BACK).orElseThrow().reasons().get(0).code())
                    .isEqualTo(ReasonCode.CONVERTED);
            assertThat(reactions.stream().filter(r -> r.signal().equals(unknown)).findFirst().orElseThrow().decision())
                    .isEmpty();
            assertThat(workspace.decisionState().processed(pending.signalId())).isTrue();
            assertThat(workspace.decisionState().processed(unknown.signalId())).isTrue();
            long logged = workspace.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM decision_log WHERE signal_id = :id").bind("id", pending.signalId())
                    .mapTo(Long.class).one());
            assertThat(logged).isEqualTo(3);
        }
    }

    @Test
    void aLoopTakesSubmittedSignalsAndMeasuresTheirLatency() throws Exception {
        String customer = nextWinBackCustomer();
        try (Workspace workspace = at(AS_OF)) {
            CountDownLatch done = new CountDownLatch(1);
            Signal visit = signal(customer, SignalType.VISIT, null, null, AS_OF);
            DecisionLoop loop = workspace.decisionLoop(Duration.ofHours(1), r -> {
                if (visit.equals(r.signal())) {
                    done.countDown();
                }
            }).start();
            try {
                assertThat(loop.submit(visit)).isTrue();
                assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                loop.stop();
            }
            assertThat(loop.submit(visit)).as("a duplicate").isFalse();
            assertThat(loop.latencies().count()).isEqualTo(1);
            assertThat(loop.latencies().max()).isPositive();
        }
    }

    @Test
    void aLoopDecidesAgainWhenADueTimeComesAndWhenASourceBringsNewEvents() throws Exception {
        String due = nextWinBackCustomer();
        String buyer = nextWinBackCustomer();
        try (Workspace workspace = at(AS_OF)) {
            workspace.database().jdbi().useHandle(h -> h.createUpdate("MERGE INTO decision_due (customer_id, due_at) "
                    + "KEY (customer_id) VALUES (:id, :at)").bind("id", due).bind("at", AS_OF.minusSeconds(60)).execute());
            CountDownLatch dueDone = new CountDownLatch(1);
            CountDownLatch sourceDone = new CountDownLatch(1);
            List<Reaction> reactions = new CopyOnWriteArrayList<>();
            DecisionLoop loop = workspace.decisionLoop(Duration.ofMillis(100), r -> {
                reactions.add(r);
                if (r.signal() == null && r.customerId().equals(due)) {
                    dueDone.countDown();
                }
                if (r.signal() != null && r.signal().signalId().equals("src-purchase-1")) {
                    sourceDone.countDown();
                }
            }).start();
            try {
                assertThat(dueDone.await(60, TimeUnit.SECONDS)).as("the due customer decided again").isTrue();
                // The first look at the event tables has set the watermarks by now; a synced purchase after them:
                Thread.sleep(300);
                workspace.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO purchases (purchase_id, customer_id, "
                        + "purchased_at, amount) VALUES ('src-purchase-1', :id, :at, 20)")
                        .bind("id", buyer).bind("at", Instant.parse("2030-01-01T00:00:00Z")).execute());
                assertThat(sourceDone.await(60, TimeUnit.SECONDS)).as("the synced purchase became a signal").isTrue();
            } finally {
                loop.stop();
            }
            assertThat(loop.lastError()).isEmpty();
            assertThat(workspace.decisionState().due(AS_OF)).doesNotContain(due);
            Reaction purchase = reactions.stream().filter(r -> r.signal() != null
                    && r.signal().signalId().equals("src-purchase-1")).findFirst().orElseThrow();
            assertThat(purchase.signal().type()).isEqualTo(SignalType.PURCHASE);
            assertThat(purchase.effects()).contains("converted on '" + WIN_BACK + "'");
        }
    }
}
