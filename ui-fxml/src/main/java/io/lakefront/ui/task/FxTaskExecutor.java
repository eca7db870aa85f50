package io.lakefront.ui.task;

import io.lakefront.domain.task.BackgroundWork;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's {@link TaskExecutor}: work runs on a small pool of daemon threads, results arrive
 * on the JavaFX thread, and every running task is listed (title, progress, message, cancel) for the
 * status bar.
 *
 * <p>A task leaves {@link #running()} only after its work has really ended and its result stage
 * has completed, so "no running tasks" means every screen has applied what it loaded.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private final BooleanBinding idle = Bindings.isEmpty(running);

    public FxTaskExecutor() {
        this(3);
    }

    public FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "lakefront-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle<T> submit(String title, BackgroundWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        WorkTask<T> task = new WorkTask<>(title, work, result);
        onFxThread(() -> running.add(task));
        pool.execute(task);
        return new TaskHandle<>() {
            @Override public String title() { return title; }
            @Override public CompletionStage<T> result() { return result; }
            // Cooperative: the work notices at its next checkCancelled() and unwinds (and rolls back).
            // Interrupting would close H2's file channels under a running statement.
            @Override public void cancel() { task.cancel(false); }
        };
    }

    /** Running tasks, for the status bar. Read on the JavaFX thread only. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /** True while nothing runs. Read on the JavaFX thread only. */
    public BooleanBinding idleProperty() {
        return idle;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** A JavaFX task for its observable title/progress/message; the outcome travels through our own stage. */
    private final class WorkTask<T> extends Task<T> {
        private final String name; // Task's own getters may only be read on the FX thread
        private final BackgroundWork<T> work;
        private final CompletableFuture<T> result;

        WorkTask(String title, BackgroundWork<T> work, CompletableFuture<T> result) {
            this.name = title;
            this.work = work;
            this.result = result;
            updateTitle(title);
            updateProgress(-1, -1);
        }

        @Override
        protected T call() throws Exception {
            TaskContext context = new TaskContext() {
                @Override public void progress(long done, long total) {
                    if (total < 0) {
                        updateProgress(-1, -1);
                    } else {
                        updateProgress(done, total);
                    }
                }
                @Override public void message(String text) { updateMessage(text); }
                @Override public boolean cancelled() { return isCancelled(); }
            };
            try {
                T value = work.run(context);
                finish(() -> {
                    if (isCancelled()) {
                        result.completeExceptionally(new CancellationException(name + ": cancelled"));
                    } else {
                        result.complete(value);
                    }
                });
                return value;
            } catch (Exception | Error e) {
                if (!(e instanceof CancellationException)) {
                    LOG.warn("background task '{}' failed", name, e);
                }
                finish(() -> result.completeExceptionally(isCancelled() && !(e instanceof CancellationException)
                        ? new CancellationException(name + ": cancelled") : e));
                throw e;
            }
        }

        private void finish(Runnable complete) {
            Platform.runLater(() -> {
                try {
                    complete.run();
                } finally {
                    running.remove(this);
                }
            });
        }
    }
}
