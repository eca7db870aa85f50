package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.task.TaskContext;

/**
 * One phase of a longer task as a task of its own: its progress fills its share of the whole
 * ({@code from}..{@code to} per mille), so one bar runs once from 0 to 100 across reading,
 * resolving and writing.
 */
final class PhaseProgress implements TaskContext {
    static final long WHOLE = 1_000;

    private final TaskContext whole;
    private final long from;
    private final long to;

    PhaseProgress(TaskContext whole, long from, long to) {
        this.whole = whole;
        this.from = from;
        this.to = to;
    }

    @Override
    public void progress(long done, long total) {
        if (total > 0) {
            whole.progress(from + (to - from) * Math.min(done, total) / total, WHOLE);
        }
    }

    @Override
    public void message(String text) {
        whole.message(text);
    }

    @Override
    public boolean cancelled() {
        return whole.cancelled();
    }
}
