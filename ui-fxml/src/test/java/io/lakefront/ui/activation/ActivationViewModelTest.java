package io.lakefront.ui.activation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.decision.Outcome;
import io.lakefront.domain.decision.loop.DecisionFeed.LoggedDecision;
import io.lakefront.domain.decision.loop.SignalType;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.activation.ActivationRows.Card;
import io.lakefront.ui.activation.ActivationRows.DecisionRow;
import io.lakefront.ui.activation.ActivationRows.OutboxRow;
import io.lakefront.ui.fakes.InMemoryDecisionFeed;
import io.lakefront.ui.fakes.ManualTaskExecutor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivationViewModelTest {
    private static final Instant AT = Instant.parse("2026-10-20T14:30:05Z");
    private final InMemoryDecisionFeed feed = new InMemoryDecisionFeed();
    private final WorkspaceClock clock = WorkspaceClock.fixedAt(Instant.parse("2026-10-20T23:59:59Z"));

    private ActivationViewModel model() {
        return new ActivationViewModel(feed, new DirectTaskExecutor(), clock);
    }

    @Test
    void beforeAnyDecisionTheScreenExplainsHowToStartTheLoop() {
        ActivationViewModel model = model();
        assertThat(model.loadedProperty().get()).isFalse();
        model.shown();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.nothingDecidedProperty().get()).isTrue();
        assertThat(model.emptyState().title()).isEqualTo("Nothing decided yet");
        assertThat(model.emptyState().nextStep()).contains("./lakefront loop",
                "./lakefront signal --customer ID --type purchase");
        assertThat(model.outbox()).isEmpty();
        assertThat(model.decisions()).isEmpty();
    }

    @Test
    void aSignalWaitingIsAlreadySomethingToShow() {
        feed.waiting();
        ActivationViewModel model = model();
        model.shown();
        assertThat(model.nothingDecidedProperty().get()).isFalse();
        assertThat(model.cards()).extracting(Card::value).containsExactly("1", "0", "0", "0");
        assertThat(model.cards().get(0).detail()).isEqualTo("0 processed · 1 waiting");
        assertThat(model.updatedProperty().get()).isEqualTo("No decision yet");
    }

    @Test
    void decisionsBecomeCardsAndRowsNewestFirst() {
        feed.decided("C-1001", "VIP early access", Outcome.SEND, AT, "Maria accepts email.", SignalType.VISIT,
                        "Early access opens")
                .decided("C-1002", "Win-back", Outcome.DEFER, AT.plusSeconds(60), "James already had 2 messages.",
                        null, "")
                .decided("C-1003", "Welcome series", Outcome.SUPPRESS, AT.plusSeconds(120), "", SignalType.TICKET_OPENED, "")
                .waiting();
        ActivationViewModel model = model();
        model.shown();

        assertThat(model.nothingDecidedProperty().get()).isFalse();
        assertThat(model.cards()).extracting(Card::caption, Card::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Signals received", "3"),
                org.assertj.core.groups.Tuple.tuple("Decisions", "3"),
                org.assertj.core.groups.Tuple.tuple("Waiting in the outbox", "1"),
                org.assertj.core.groups.Tuple.tuple("Due to decide again", "1"));
        assertThat(model.cards()).extracting(Card::detail).containsExactly("2 processed · 1 waiting",
                "latest 2026-10-20 14:32:05", "0 handed to activation", "next 2026-10-23 14:31:05");
        assertThat(model.updatedProperty().get()).isEqualTo("Latest decision 2026-10-20 14:32:05 (UTC)");

        assertThat(model.outbox()).containsExactly(new OutboxRow("C-1001", "VIP early access", "Email", "A",
                "Early access opens", "2026-10-20 20:30", "2026-10-20 14:30:05", io.lakefront.ui.common.Tone.ACCENT, "Waiting"));
        assertThat(model.decisions()).extracting(DecisionRow::customer, DecisionRow::outcomeText, DecisionRow::cause,
                DecisionRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C-1003", "Suppress", "Ticket opened signal", "—"),
                org.assertj.core.groups.Tuple.tuple("C-1002", "Defer", "Due time came", "James already had 2 messages."),
                org.assertj.core.groups.Tuple.tuple("C-1001", "Send", "Visit signal", "Maria accepts email."));
        assertThat(model.decisions().get(0).outcome()).isEqualTo(Outcome.SUPPRESS);
    }

    @Test
    void aMessageTheLedgerCancelledIsWithdrawnAndNoLongerWaits() {
        feed.decided("C-1001", "VIP early access", Outcome.SEND, AT, "Maria accepts email.", SignalType.VISIT,
                "Early access opens").withdrawLatest();
        ActivationViewModel model = model();
        model.shown();

        assertThat(model.outbox()).extracting(OutboxRow::status).containsExactly("Withdrawn");
        assertThat(model.cards()).filteredOn(c -> c.caption().equals("Waiting in the outbox"))
                .extracting(Card::value).containsExactly("0");
    }

    @Test
    void aSignalNoLongerInTheInboxIsNamedByItsId() {
        assertThat(ActivationViewModel.cause(new LoggedDecision("C1", "A", Outcome.SKIP, AT, "", "s-9", null)))
                .isEqualTo("Signal s-9");
    }

    @Test
    void theTickReadsOnlyWhileTheScreenShowsAndNeverTwiceAtOnce() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        ActivationViewModel model = new ActivationViewModel(feed, tasks, clock);
        model.tick();
        assertThat(tasks.pending()).as("not shown yet").isZero();

        model.shown();
        model.tick();
        model.refresh();
        assertThat(tasks.pending()).as("one read at a time").isEqualTo(1);
        assertThat(model.readingProperty().get()).isTrue();
        tasks.runAll();
        assertThat(model.readingProperty().get()).isFalse();

        feed.decided("C-1", "A", Outcome.SEND, AT, "ok", SignalType.PURCHASE, "Hi");
        model.tick();
        tasks.runAll();
        assertThat(model.decisions()).hasSize(1);

        model.hidden();
        feed.decided("C-2", "A", Outcome.SEND, AT, "ok", SignalType.PURCHASE, "Hi");
        model.tick();
        assertThat(tasks.pending()).as("hidden").isZero();
        assertThat(model.decisions()).hasSize(1);
        model.refresh();
        tasks.runAll();
        assertThat(model.decisions()).as("Refresh reads whenever asked").hasSize(2);
    }

    @Test
    void aFailedReadKeepsWhatWasShownAndSaysWhy() {
        feed.decided("C-1", "A", Outcome.SEND, AT, "ok", SignalType.PURCHASE, "Hi");
        ActivationViewModel model = model();
        model.shown();
        feed.failWith("database is locked");
        model.refresh();
        assertThat(model.problemProperty().get()).isEqualTo("Could not read the loop's decisions: database is locked");
        assertThat(model.decisions()).hasSize(1);
        feed.failWith(null);
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }
}
