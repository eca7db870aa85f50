package io.lakefront.domain.prep;

import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write loop of {@link PrepareSource}, on every core: one thread reads the staged rows in chunks,
 * the cores normalize chunks side by side ({@link RowNormalizer}), and the calling thread writes the
 * normalized chunks strictly in row order, so the prepared table and the quarantine come out exactly
 * as a one-thread loop writes them. Reading the staging table, normalizing and inserting into the
 * prepared table overlap instead of taking turns.
 *
 * <p>At most 2×threads+2 chunks wait for the writer (the reader waits when they do), besides the one
 * being read and the one being written, so memory stays flat whatever the row count. Progress and
 * cancellation stay with the caller; a failure in any thread stops the others and is thrown in the
 * caller, whose uncommitted writer then leaves the previous preparation as it was.
 */
final class PreparePipeline {
    static final int CHUNK_ROWS = 1_000;
    private static final int PROGRESS_EVERY = 5_000;
    private static final long POLL_MILLIS = 100;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final String sourceName;
    private final List<ColumnPlan> plans;
    private final Instant foundAt;
    private final int threads;
    private final int inFlight;

    /** @param threads how many chunks are normalized at once (the machine's cores) */
    PreparePipeline(String sourceName, List<ColumnPlan> plans, Instant foundAt, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + "; at least 1");
        }
        this.sourceName = sourceName;
        this.plans = plans;
        this.foundAt = foundAt;
        this.threads = threads;
        this.inFlight = 2 * threads + 2;
    }

    /**
     * Normalizes every row of {@code rows} into {@code writer} (rows numbered from 1) and adds the
     * outcome counts to the plans. Does not commit.
     *
     * @param total the staged row count, for progress
     * @return the number of rows written
     */
    long run(RowStream rows, PreparedWriter writer, TaskContext context, long total) throws IOException {
        int run = RUNS.incrementAndGet();
        BlockingQueue<RowNormalizer> idle = new ArrayBlockingQueue<>(threads);
        List<RowNormalizer> normalizers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            RowNormalizer normalizer = new RowNormalizer(sourceName, plans, foundAt);
            normalizers.add(normalizer);
            idle.add(normalizer);
        }
        BlockingQueue<Future<RowNormalizer.Chunk>> chunks = new ArrayBlockingQueue<>(inFlight);
        ExecutorService pool = Executors.newFixedThreadPool(threads, named("prepare-" + run + "-normalize-"));
        Reader reader = new Reader(rows, chunks, pool, idle);
        Thread readerThread = named("prepare-" + run + "-read-").newThread(reader);
        readerThread.start();
        long written = 0;
        try {
            RowNormalizer.Chunk chunk;
            while ((chunk = next(chunks, context)) != null) {
                long rowNo = chunk.firstRowNo();
                for (List<String> values : chunk.rows()) {
                    writer.append(rowNo++, values);
                }
                for (QuarantinedValue value : chunk.quarantined()) {
                    writer.quarantine(value);
                }
                long before = written;
                written = rowNo - 1;
                context.checkCancelled();
                if (written / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                    context.progress(written, total);
                }
            }
        } finally {
            reader.stop();
            pool.shutdownNow();
            join(readerThread, pool);
        }
        // Every chunk has been taken, so every normalizer is back and done counting.
        for (RowNormalizer normalizer : normalizers) {
            normalizer.addCountsTo(plans);
        }
        return written;
    }

    /** The next normalized chunk in row order, or {@code null} at the end; checks for cancellation while it waits. */
    private static RowNormalizer.Chunk next(BlockingQueue<Future<RowNormalizer.Chunk>> chunks, TaskContext context)
            throws IOException {
        try {
            Future<RowNormalizer.Chunk> next;
            while ((next = chunks.poll(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                context.checkCancelled();
            }
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the reader (it stops within a poll interval) and lets the normalizers finish their chunk. */
    private static void join(Thread readerThread, ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                readerThread.join();
                pool.awaitTermination(1, TimeUnit.MINUTES);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Reads chunks of staged rows and hands each to a normalizer; the chunk's future joins the queue
     * in row order. The end of the rows, or a failure reading them, is the last future it queues.
     */
    private final class Reader implements Runnable {
        private final RowStream rows;
        private final BlockingQueue<Future<RowNormalizer.Chunk>> chunks;
        private final ExecutorService pool;
        private final BlockingQueue<RowNormalizer> idle;
        private volatile boolean stopped;

        Reader(RowStream rows, BlockingQueue<Future<RowNormalizer.Chunk>> chunks, ExecutorService pool,
               BlockingQueue<RowNormalizer> idle) {
            this.rows = rows;
            this.chunks = chunks;
            this.pool = pool;
            this.idle = idle;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            try {
                long rowNo = 0;
                boolean end = false;
                while (!end && !stopped) {
                    List<List<String>> chunk = new ArrayList<>(CHUNK_ROWS);
                    List<String> row = null;
                    while (chunk.size() < CHUNK_ROWS && (row = rows.next()) != null) {
                        chunk.add(row);
                    }
                    end = row == null;
                    if (!chunk.isEmpty()) {
                        long first = rowNo + 1;
                        rowNo += chunk.size();
                        hand(pool.submit(() -> normalize(first, chunk)));
                    }
                }
                hand(CompletableFuture.completedFuture(null));
            } catch (IOException e) {
                hand(CompletableFuture.failedFuture(e));
            } catch (RuntimeException | Error e) {
                hand(CompletableFuture.failedFuture(e));
            }
        }

        private RowNormalizer.Chunk normalize(long firstRowNo, List<List<String>> chunk) throws InterruptedException {
            RowNormalizer normalizer = idle.take();
            try {
                return normalizer.normalize(firstRowNo, chunk);
            } finally {
                idle.add(normalizer);
            }
        }

        /** Queues a future for the writer, giving up once the writer has stopped. */
        private void hand(Future<RowNormalizer.Chunk> future) {
            try {
                while (!stopped && !chunks.offer(future, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    // the writer is behind; wait for room
                }
            } catch (InterruptedException e) {
                // Nobody interrupts the reader but a shutdown; the writer is gone then too.
                stopped = true;
                Thread.currentThread().interrupt();
            }
        }
    }
}
