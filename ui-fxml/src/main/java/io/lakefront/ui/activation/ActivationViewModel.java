package io.lakefront.ui.activation;

import io.lakefront.domain.decision.loop.DecisionFeed;
import io.lakefront.domain.decision.loop.DecisionFeed.LoggedDecision;
import io.lakefront.domain.decision.loop.DecisionFeed.OutboxEntry;
import io.lakefront.domain.decision.loop.DecisionFeed.Snapshot;
import io.lakefront.domain.decision.loop.DecisionFeed.Summary;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.activation.ActivationRows.Card;
import io.lakefront.ui.activation.ActivationRows.DecisionRow;
import io.lakefront.ui.activation.ActivationRows.OutboxRow;
import io.lakefront.ui.common.EmptyStateText;
import io.lakefront.ui.common.Formats;
import io.lakefront.ui.common.Tone;
import io.lakefront.ui.simulation.OutcomeWords;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Activation, for now the Infinity loop's live view: the loop's counts, what waits in the outbox and the
 * latest decisions, read in the background when the screen shows, on Refresh, and every
 * {@link #REFRESH_EVERY} while it shows. Before anything was decided it explains how to start the loop.
 */
public final class ActivationViewModel {
    /** How often the screen reads the feed again while it shows. */
    public static final Duration REFRESH_EVERY = Duration.ofSeconds(5);
    /** How many rows each table shows. */
    static final int ROWS = 200;

    static final EmptyStateText NOTHING_DECIDED = EmptyStateText.of("mdmz-send", "Nothing decided yet",
            "The Infinity loop decides for a customer the moment a signal arrives — a purchase, an open, a click, a visit, a support ticket — and puts every message it decides to send in an outbox, waiting for activation. This screen shows what it decided and what waits to be sent.",
            "Start the loop from a terminal with ./lakefront loop, then send it a signal: ./lakefront signal --customer ID --type purchase.");
    /** Shown above the tables: no destination exists yet, so nothing left this computer. */
    public static final String NOT_SENT = "Activation to destinations (email, SMS, push, ad audiences) comes later: "
            + "nothing has been sent anywhere. The outbox holds what the loop decided to send.";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final DecisionFeed feed;
    private final TaskExecutor tasks;
    private final ZoneId zone;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper nothingDecided = new ReadOnlyBooleanWrapper(this, "nothingDecided");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "");
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<OutboxRow> outbox = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private boolean showing;

    public ActivationViewModel(DecisionFeed feed, TaskExecutor tasks, WorkspaceClock clock) {
        this.feed = feed;
        this.tasks = tasks;
        this.zone = clock.zone();
    }

    /** What the screen shows before the loop decided anything. */
    public EmptyStateText emptyState() {
        return NOTHING_DECIDED;
    }

    /** The screen became visible: read now, and let {@link #tick()} read again while it shows. */
    public void shown() {
        showing = true;
        refresh();
    }

    /** The screen is no longer visible: {@link #tick()} stops reading. */
    public void hidden() {
        showing = false;
    }

    public boolean showing() {
        return showing;
    }

    /** The periodic refresh: reads again when the screen shows, else does nothing. */
    public void tick() {
        if (showing) {
            refresh();
        }
    }

    /** Reads the feed in the background; a read asked for while one runs is dropped (the running one is as new). */
    public void refresh() {
        if (reading.get()) {
            return;
        }
        reading.set(true);
        tasks.submit("Reading the loop's decisions", context -> feed.snapshot(ROWS)).result()
                .whenComplete((snapshot, error) -> {
                    reading.set(false);
                    loaded.set(true);
                    if (error != null) {
                        problem.set("Could not read the loop's decisions: " + Formats.problem(error));
                        return;
                    }
                    problem.set("");
                    apply(snapshot);
                });
    }

    private void apply(Snapshot snapshot) {
        Summary s = snapshot.summary();
        nothingDecided.set(s.empty());
        cards.setAll(cards(s));
        outbox.setAll(snapshot.outbox().stream().map(this::row).toList());
        decisions.setAll(snapshot.decisions().stream().map(this::row).toList());
        updated.set(s.latestDecision() == null ? "No decision yet"
                : "Latest decision " + when(s.latestDecision()) + " (" + zoneName() + ")");
    }

    private List<Card> cards(Summary s) {
        return List.of(
                new Card("signalsCard", "Signals received", Formats.count(s.signalsReceived()),
                        Formats.count(s.signalsProcessed()) + " processed · " + Formats.count(s.signalsWaiting())
                                + " waiting"),
                new Card("decisionsCard", "Decisions", Formats.count(s.decisions()),
                        s.latestDecision() == null ? "none yet" : "latest " + when(s.latestDecision())),
                new Card("outboxCard", "Waiting in the outbox", Formats.count(s.outboxPending()),
                        Formats.count(s.outboxDispatched()) + " handed to activation"),
                new Card("dueCard", "Due to decide again", Formats.count(s.customersDue()),
                        s.nextDue() == null ? "nobody is waiting" : "next " + when(s.nextDue())));
    }

    private OutboxRow row(OutboxEntry e) {
        return new OutboxRow(e.customerId(), e.campaign(), e.channel() == null ? Formats.NONE : capitalized(e.channel().code()),
                e.variant() == null ? Formats.NONE : e.variant(), e.theme().isEmpty() ? Formats.NONE : e.theme(),
                Formats.time(e.sendAt(), zone), when(e.createdAt()),
                e.dispatched() ? Tone.SUCCESS : e.withdrawn() ? Tone.NEUTRAL : Tone.ACCENT,
                e.dispatched() ? "Handed over " + when(e.dispatchedAt()) : e.withdrawn() ? "Withdrawn" : "Waiting");
    }

    private DecisionRow row(LoggedDecision d) {
        return new DecisionRow(d.customerId(), d.campaign(), d.outcome(), OutcomeWords.label(d.outcome()),
                when(d.decidedAt()), d.reason().isEmpty() ? Formats.NONE : d.reason(), cause(d));
    }

    /** "A visit signal", "Due time came", or the signal's id when its type is unknown. */
    static String cause(LoggedDecision d) {
        if (d.signalId() == null) {
            return "Due time came";
        }
        if (d.signalType() == null) {
            return "Signal " + d.signalId();
        }
        return capitalized(d.signalType().code().replace('_', ' ')) + " signal";
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String zoneName() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private String when(Instant instant) {
        return instant == null ? Formats.NONE : SECONDS.format(instant.atZone(zone));
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True once a read found nothing received and nothing decided. */
    public ReadOnlyBooleanProperty nothingDecidedProperty() {
        return nothingDecided.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ObservableList<Card> cards() {
        return cards;
    }

    public ObservableList<OutboxRow> outbox() {
        return outbox;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }
}
