package io.lakefront.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a writer's JDBC batches on a thread of its own, so that the caller reads and parses the next
 * rows while the database stores the previous ones: on two cores a sync takes the longer of the two
 * instead of their sum. At most {@link #WAITING} batches wait, so memory holds a few batches whatever
 * the row count. Batches are written one at a time in the order given, on the writer's one connection.
 *
 * <p>A failure stops the thread; the caller gets it at its next {@link #submit} or at {@link #finish}.
 * Only after {@link #finish} or {@link #close} returns may the caller use the connection again
 * (commit, swap, discard): by then the thread is done with it.
 *
 * @param <T> one row as the batch writer binds it
 */
final class BackgroundBatches<T> implements AutoCloseable {
    static final int WAITING = 2;
    private static final long POLL_MILLIS = 100;

    /** Writes one batch (bind, execute, commit); runs on the background thread. */
    @FunctionalInterface
    interface BatchWriter<T> {
        void write(List<T> batch) throws SQLException;
    }

    /** Queued last by {@link #finish}: no more batches. */
    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(WAITING);
    private final BatchWriter<T> writer;
    private final Thread thread;
    private volatile boolean abandoned;
    private volatile SQLException failure;
    private volatile RuntimeException crash;

    BackgroundBatches(String name, BatchWriter<T> writer) {
        this.writer = writer;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a batch, waiting while {@link #WAITING} are queued; throws the failure of an earlier batch. */
    void submit(List<T> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        queue(batch);
    }

    private void queue(List<T> batch) throws SQLException {
        try {
            while (!queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException(thread.getName() + " has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while handing rows to " + thread.getName(), e);
        }
        rethrow();
    }

    /** Waits until every queued batch is written; throws the first failure. */
    void finish() throws SQLException {
        queue(end);
        join();
        rethrow();
    }

    /** Drops the batches not yet written and waits for the one being written. Idempotent. */
    @Override
    public void close() {
        abandoned = true;
        queue.clear();
        join();
    }

    private void run() {
        try {
            while (!abandoned) {
                List<T> batch = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (batch == end) {
                    return;
                }
                if (batch != null) {
                    writer.write(batch);
                }
            }
        } catch (SQLException e) {
            failure = e;
        } catch (RuntimeException e) {
            crash = e;
        } catch (InterruptedException e) {
            crash = new IllegalStateException(thread.getName() + " was interrupted", e);
        }
    }

    private void rethrow() throws SQLException {
        if (failure != null) {
            throw failure;
        }
        if (crash != null) {
            throw crash;
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
