package io.lakefront.domain.task;

import java.util.concurrent.CancellationException;

/** What long work sees of its runner: it reports progress and notices cancellation. */
public interface TaskContext {
    /** Reports progress; {@code total < 0} means the total is not known yet. */
    void progress(long done, long total);

    void message(String text);

    boolean cancelled();

    /** Call between units of work; throws so that the work unwinds (and rolls back). */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** A context for work run where nobody watches (tests, scripts). */
    static TaskContext silent() {
        return new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return false; }
        };
    }
}
