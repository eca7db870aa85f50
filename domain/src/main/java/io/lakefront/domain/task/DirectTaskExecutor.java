package io.lakefront.domain.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs work at once on the calling thread: for the command line and for view-model tests. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle<T> submit(String title, BackgroundWork<T> work) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<T> result = new CompletableFuture<>();
        TaskContext context = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return cancelled.get(); }
        };
        try {
            result.complete(work.run(context));
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
        return new TaskHandle<>() {
            @Override public String title() { return title; }
            @Override public CompletionStage<T> result() { return result; }
            @Override public void cancel() { cancelled.set(true); }
        };
    }
}
