package io.lakefront.app.bench;

import io.lakefront.app.Workspace;
import io.lakefront.connectors.file.CsvTableSink;
import io.lakefront.domain.demo.TableSink;
import io.lakefront.domain.prep.Preparation;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SyncRun;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated CSV of person records streamed into a staging table of a real (file-mode H2)
 * workspace, as {@code sources sync} does it, then tagged, normalized and quarantined into its
 * prepared table, as {@code prepare} does it. Both steps are timed together and reported apart, in
 * wall-clock and in CPU seconds. Its values repeat the way customer files do (ten first names, 10,000
 * phone numbers) and one in ten e-mail addresses has a non-ASCII letter, which the quarantine takes.
 */
final class IngestBenchmark implements Benchmark {
    private static final List<String> HEADER = List.of("id", "first_name", "last_name", "email", "phone", "street",
            "city", "zip", "birth_date", "lifetime_value");
    private static final String[] FIRST = {"Maria", "James", "Robert", "Linda", "Anna", "Lukas", "Emma", "Noah", "Olivia", "Liam"};
    private static final String[] LAST = {"Smith", "Garcia", "Miller", "Jones", "Müller", "Schmidt", "Brown", "Davis", "Wilson", "Lee"};
    private static final String[] CITY = {"Austin", "Dallas", "Denver", "Toronto", "Berlin", "London", "Seattle", "Boston"};

    private final int rows;
    private Workspace workspace;

    IngestBenchmark(int rows) {
        this.rows = rows;
    }

    @Override public String name() { return "ingest"; }

    @Override public String description() { return rows + "-row CSV synced into staging, then prepared"; }

    @Override
    public void setUp(Path scratch) throws Exception {
        Path file = writeCsv(scratch, rows);
        workspace = Workspace.open(scratch.resolve("workspace"), WorkspaceClock.fixedAt(Instant.parse("2026-10-20T00:00:00Z")));
        workspace.addSource().add(workspace.actor(), "people", SourceKind.FILE, file.toString(), Map.of());
    }

    /**
     * Wall-clock seconds of each step, and the CPU seconds the whole process spent in it (all threads,
     * JIT and GC included): on a machine shared with other work the CPU time is the steadier figure.
     */
    @Override
    public Map<String, Number> run() {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        SyncRun synced = workspace.syncSource().fullResync(workspace.actor(), "people", TaskContext.silent());
        long syncedAt = System.nanoTime();
        long cpuSyncedAt = processCpuNanos();
        Preparation prepared = workspace.prepareSource().prepare(workspace.actor(), "people", TaskContext.silent());
        long preparedAt = System.nanoTime();
        long cpuPreparedAt = processCpuNanos();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("rows", synced.rowsStaged());
        figures.put("sync_s", seconds(syncedAt - started));
        figures.put("prepare_s", seconds(preparedAt - syncedAt));
        if (cpuStarted >= 0) {
            figures.put("sync_cpu_s", seconds(cpuSyncedAt - cpuStarted));
            figures.put("prepare_cpu_s", seconds(cpuPreparedAt - cpuSyncedAt));
        }
        figures.put("quarantined", prepared.quarantined());
        return figures;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    /** CPU time of the whole process, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    @Override
    public void tearDown() {
        workspace.close();
    }

    static Path writeCsv(Path folder, int rows) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        try (TableSink.RowWriter out = new CsvTableSink(folder).open("people.csv", HEADER)) {
            for (int i = 1; i <= rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                out.write(List.of("P" + i, first, last,
                        (first + "." + last + i + "@example.com").toLowerCase(),
                        "+1512555" + String.format("%04d", random.nextInt(10_000)),
                        (1 + random.nextInt(999)) + " Main St", CITY[random.nextInt(CITY.length)],
                        String.format("%05d", random.nextInt(100_000)),
                        String.format("%d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        String.format("%d.%02d", random.nextInt(5_000), random.nextInt(100))));
            }
        }
        return folder.resolve("people.csv");
    }
}
