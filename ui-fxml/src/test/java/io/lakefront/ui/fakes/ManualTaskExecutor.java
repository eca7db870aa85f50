package io.lakefront.ui.fakes;

import io.lakefront.domain.task.BackgroundWork;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds submitted work until the test runs it, so that a test can act while work is pending (cancel
 * it, for one). Runs on the test's thread, like the desktop executor completes on the UI thread.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> TaskHandle<T> submit(String title, BackgroundWork<T> work) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<T> result = new CompletableFuture<>();
        TaskContext context = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return cancelled.get(); }
        };
        pending.add(() -> {
            try {
                T value = work.run(context);
                if (cancelled.get()) {
                    result.completeExceptionally(new CancellationException(title + ": cancelled"));
                } else {
                    result.complete(value);
                }
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return new TaskHandle<>() {
            @Override public String title() { return title; }
            @Override public CompletionStage<T> result() { return result; }
            @Override public void cancel() { cancelled.set(true); }
        };
    }

    /** Runs everything submitted so far, and what that submits in turn. */
    public void runAll() {
        Runnable next;
        while ((next = pending.poll()) != null) {
            next.run();
        }
    }

    public int pending() {
        return pending.size();
    }
}
