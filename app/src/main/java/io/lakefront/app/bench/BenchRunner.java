package io.lakefront.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs benchmarks: warm-up runs, then timed runs; prints each run's figures, then the medians (of the
 * time and of every figure) with the machine's size.
 */
public final class BenchRunner {
    public record Result(String name, int runs, double medianSeconds, double minSeconds, double maxSeconds,
                         long peakHeapBytes, Map<String, Number> figures) {
    }

    private final int warmups;
    private final int runs;
    private final PrintWriter out;

    public BenchRunner(int warmups, int runs, PrintWriter out) {
        this.warmups = warmups;
        this.runs = runs;
        this.out = out;
    }

    public List<Result> runAll(List<Benchmark> benchmarks) throws Exception {
        out.printf("Lakefront benchmarks: %d cores, max heap %.1f GiB, Java %s; %d warm-up + %d timed runs each%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (double) (1L << 30),
                System.getProperty("java.version"), warmups, runs);
        out.flush();
        List<Result> results = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            results.add(runOne(benchmark));
        }
        printTable(results);
        return results;
    }

    private Result runOne(Benchmark benchmark) throws Exception {
        Path scratch = Files.createTempDirectory("lakefront-bench-" + benchmark.name() + "-");
        try {
            out.printf("  %s: preparing...%n", benchmark.name());
            out.flush();
            benchmark.setUp(scratch);
            for (int i = 0; i < warmups; i++) {
                benchmark.run();
            }
            double[] seconds = new double[runs];
            List<Map<String, Number>> figuresByRun = new ArrayList<>();
            long peak = 0;
            for (int i = 0; i < runs; i++) {
                System.gc();
                try (HeapSampler sampler = new HeapSampler()) {
                    long start = System.nanoTime();
                    figuresByRun.add(benchmark.run());
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                    peak = Math.max(peak, sampler.peak());
                }
                out.printf("  %s: run %d/%d %.3f s %s%n", benchmark.name(), i + 1, runs, seconds[i],
                        describe(figuresByRun.get(i)));
                out.flush();
            }
            benchmark.tearDown();
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
            return new Result(benchmark.name(), runs, median, sorted[0], sorted[runs - 1], peak,
                    withRates(medians(figuresByRun), median));
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * Each figure's median over the timed runs (a step's seconds vary from run to run like the total
     * does); a figure that is the same in every run (a row count) is that figure.
     */
    static Map<String, Number> medians(List<Map<String, Number>> figuresByRun) {
        Map<String, Number> medians = new LinkedHashMap<>();
        for (String key : figuresByRun.get(figuresByRun.size() - 1).keySet()) {
            List<Number> values = figuresByRun.stream().map(f -> f.get(key)).filter(v -> v != null).toList();
            boolean whole = values.stream().allMatch(v -> v instanceof Long || v instanceof Integer);
            double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            if (whole) {
                medians.put(key, Math.round(median));
            } else {
                medians.put(key, Math.round(median * 100) / 100.0);
            }
        }
        return medians;
    }

    /** Adds a per-second rate for every count figure, from the median time. */
    private static Map<String, Number> withRates(Map<String, Number> figures, double median) {
        Map<String, Number> all = new LinkedHashMap<>(figures);
        for (Map.Entry<String, Number> e : figures.entrySet()) {
            if (e.getKey().equals("rows") || e.getKey().equals("records")) {
                all.put(e.getKey() + "/s", Math.round(e.getValue().doubleValue() / median));
            }
        }
        return all;
    }

    private static String describe(Map<String, Number> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((k, v) -> text.append(k).append('=').append(v).append(' '));
        return text.toString().strip();
    }

    private void printTable(List<Result> results) {
        out.println();
        out.printf("%-16s %5s %10s %10s %10s %11s  %s%n", "benchmark", "runs", "median", "min", "max", "live heap", "figures");
        for (Result r : results) {
            out.printf("%-16s %5d %9.3fs %9.3fs %9.3fs %8.0f MiB  %s%n", r.name(), r.runs(), r.medianSeconds(),
                    r.minSeconds(), r.maxSeconds(), r.peakHeapBytes() / (double) (1 << 20), describe(r.figures()));
        }
        out.flush();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Samples the heap every 20 ms while a run goes on. Used heap includes garbage the collector
     * has not reclaimed yet, so the peak reported is the largest heap left <em>after</em> a
     * collection: the live set, which is what "memory stays flat" is about.
     */
    private static final class HeapSampler implements AutoCloseable {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(liveAfterLastCollection(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            long live = Math.max(peak.get(), liveAfterLastCollection());
            // No collection during a short run: then the used heap is the best (upper) bound.
            return live > 0 ? live : memory.getHeapMemoryUsage().getUsed();
        }

        private long liveAfterLastCollection() {
            long sum = 0;
            for (MemoryPoolMXBean pool : pools) {
                java.lang.management.MemoryUsage usage = pool.getCollectionUsage();
                sum += usage == null ? 0 : usage.getUsed();
            }
            return sum;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
