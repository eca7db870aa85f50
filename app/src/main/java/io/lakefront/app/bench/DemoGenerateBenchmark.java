package io.lakefront.app.bench;

import io.lakefront.connectors.file.CsvTableSink;
import io.lakefront.domain.demo.DemoOptions;
import io.lakefront.domain.demo.DemoSummary;
import io.lakefront.domain.demo.GenerateDemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Writes the demo workspace's source files (all systems, ground truth) for N people. */
final class DemoGenerateBenchmark implements Benchmark {
    private final int customers;
    private Path folder;

    DemoGenerateBenchmark(int customers) {
        this.customers = customers;
    }

    @Override public String name() { return "demo"; }

    @Override public String description() { return "demo source files for " + customers + " people"; }

    @Override
    public void setUp(Path scratch) throws Exception {
        folder = Files.createDirectories(scratch.resolve("demo"));
    }

    @Override
    public Map<String, Number> run() throws Exception {
        DemoSummary summary = new GenerateDemoData().generate(
                new DemoOptions(42, customers, Instant.parse("2026-10-20T23:59:59Z")), new CsvTableSink(folder));
        return Map.of("people", customers, "rows", summary.rowsPerFile().values().stream().mapToLong(Long::longValue).sum());
    }
}
