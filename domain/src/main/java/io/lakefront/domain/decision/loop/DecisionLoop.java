package io.lakefront.domain.decision.loop;

import io.lakefront.domain.time.WorkspaceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Infinity loop: one worker thread that decides for a customer again whenever something happens
 * to them. Signals handed to {@link #submit} are recorded in the inbox first (so they survive a
 * restart) and queued; on start the loop first finishes the inbox's unprocessed signals; between
 * signals it re-evaluates the customers whose due time has come (it wakes at the next due time) and
 * looks for new source events every {@code pollEvery}. One thread means one decision at a time, so a
 * customer's decisions never race. {@link #stop} lets the current signal finish and returns.
 */
public final class DecisionLoop implements AutoCloseable {
    private static final Item STOP = new Item(null, 0);
    /** The longest the loop sleeps when no due time is nearer: how soon a change of clock is noticed. */
    private static final Duration MAX_SLEEP = Duration.ofSeconds(5);

    private record Item(Signal signal, long submittedNanos) {
    }

    private final ReactToSignal react;
    private final DecisionJournal journal;
    private final EventSignals events;
    private final WorkspaceClock clock;
    private final Duration pollEvery;
    private final Consumer<Reaction> listener;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final Latencies latencies = new Latencies();
    private volatile Thread worker;
    private volatile Throwable lastError;

    /**
     * @param listener told of every reaction, on the loop's thread (print it, count it; do not block)
     */
    public DecisionLoop(ReactToSignal react, DecisionJournal journal, EventSignals events, WorkspaceClock clock,
                        Duration pollEvery, Consumer<Reaction> listener) {
        this.react = react;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.listener = listener;
    }

    /** Starts the worker; it first processes the inbox's unprocessed signals. */
    public synchronized DecisionLoop start() {
        if (worker != null) {
            throw new IllegalStateException("the decision loop is already running");
        }
        Thread thread = new Thread(this::run, "decision-loop");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        return this;
    }

    /**
     * Records a signal in the inbox and queues it; false when it had been processed before (a
     * duplicate, nothing to do). Safe from any thread.
     */
    public boolean submit(Signal signal) {
        long submitted = System.nanoTime();
        boolean fresh = journal.record(signal, clock.now());
        if (!fresh && journal.processed(signal.signalId())) {
            return false;
        }
        queue.add(new Item(signal, submitted));
        return true;
    }

    /** Signal-to-decision latencies of the signals submitted to this loop. */
    public Latencies.Summary latencies() {
        return latencies.summary();
    }

    public boolean running() {
        Thread thread = worker;
        return thread != null && thread.isAlive();
    }

    /** The last error a signal or a due customer raised (the loop carries on with the next), if any. */
    public Optional<Throwable> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Lets the signal in hand finish and stops the worker; signals still queued stay in the inbox for next time. */
    public void stop() {
        Thread thread;
        synchronized (this) {
            thread = worker;
        }
        if (thread == null) {
            return;
        }
        queue.add(STOP);
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void run() {
        for (DecisionJournal.Received received : safely(journal::unprocessed, List.<DecisionJournal.Received>of())) {
            handle(received.signal(), 0);
        }
        long nextPoll = 0;
        while (true) {
            long nowNanos = System.nanoTime();
            if (nowNanos - nextPoll >= 0) {
                for (Signal signal : safely(() -> events.poll(clock.now()), List.<Signal>of())) {
                    queue.add(new Item(signal, 0));
                }
                nextPoll = nowNanos + pollEvery.toNanos();
            }
            Instant now = clock.now();
            for (String customer : safely(() -> journal.due(now), List.<String>of())) {
                try {
                    listener.accept(react.reevaluate(customer));
                } catch (RuntimeException e) {
                    lastError = e;
                    safely(() -> {
                        journal.clearDue(customer);
                        return null;
                    }, null);
                }
            }
            Item item;
            try {
                item = queue.poll(sleep(now, nextPoll - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item == STOP) {
                return;
            }
            if (item != null) {
                handle(item.signal(), item.submittedNanos());
            }
        }
    }

    /** Until the next due time, the next poll or {@link #MAX_SLEEP}, whichever comes first. */
    private long sleep(Instant now, long untilPoll) {
        long sleep = Math.min(MAX_SLEEP.toNanos(), Math.max(0, untilPoll));
        Optional<Instant> due = safely(journal::nextDue, Optional.<Instant>empty());
        if (due.isPresent()) {
            long untilDue = Duration.between(now, due.get()).toNanos();
            // A due time already passed was handled above; wait at least a little so a stuck one cannot spin.
            sleep = Math.min(sleep, Math.max(Duration.ofMillis(50).toNanos(), untilDue));
        }
        return sleep;
    }

    private void handle(Signal signal, long submittedNanos) {
        try {
            Reaction reaction = react.process(signal);
            if (submittedNanos != 0) {
                latencies.add(System.nanoTime() - submittedNanos);
            }
            listener.accept(reaction);
        } catch (RuntimeException e) {
            // The signal stays unprocessed in the inbox; the next start tries it again.
            lastError = e;
        }
    }

    private interface Step<T> {
        T get();
    }

    private <T> T safely(Step<T> step, T otherwise) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            lastError = e;
            return otherwise;
        }
    }
}
