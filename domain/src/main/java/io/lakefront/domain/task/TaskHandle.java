package io.lakefront.domain.task;

import java.util.concurrent.CompletionStage;

/** A submitted piece of work: its result, and a way to cancel it. */
public interface TaskHandle<T> {
    String title();

    /**
     * Completes with the work's value, or exceptionally with its failure (a
     * {@link java.util.concurrent.CancellationException} when cancelled). A UI adapter completes it
     * on the UI thread, so that dependent stages attached on the UI thread (as view models do) run
     * there and may touch view state.
     */
    CompletionStage<T> result();

    void cancel();
}
