package io.lakefront.app.bench;

import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.app.identity.FileResolution;
import io.lakefront.app.identity.InputReader;
import io.lakefront.app.identity.ResolutionFiles;
import io.lakefront.app.identity.ResolveFiles;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.file.CsvReader;
import io.lakefront.connectors.file.CsvTableSink;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.domain.demo.DemoOptions;
import io.lakefront.domain.demo.GenerateDemoData;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionDiagnostics;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zero-configuration {@code resolve} end to end (read, tag, normalize, block, score, cluster, write) on
 * the demo generator's person sources — CRM, shop and support exports with different schemas,
 * typos, nicknames, moves, married names, families and namesakes — scored against its ground truth.
 */
final class ResolveBenchmark implements Benchmark {
    private static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    private static final List<String> FILES = List.of("crm_contacts.csv", "shop_customers.csv", "support_tickets.csv");

    private final int people;
    private Path scratch;
    private List<Path> inputs;
    private Map<RecordKey, String> truth;

    ResolveBenchmark(int people) {
        this.people = people;
    }

    @Override public String name() { return "resolve"; }

    @Override public String description() { return "zero-config resolve of the demo's person sources for " + people + " people"; }

    @Override
    public void setUp(Path scratch) throws Exception {
        this.scratch = scratch;
        new GenerateDemoData().generate(new DemoOptions(42, people, AS_OF), new CsvTableSink(scratch));
        inputs = FILES.stream().map(scratch::resolve).toList();
        truth = new HashMap<>();
        try (CsvReader rows = CsvReader.open(scratch.resolve("truth.csv"))) {
            List<String> row;
            while ((row = rows.next()) != null) {
                if (FILES.contains(row.get(0))) {
                    truth.put(new RecordKey(row.get(0), row.get(1)), row.get(2));
                }
            }
        }
    }

    @Override
    public Map<String, Number> run() throws Exception {
        WorkspaceClock clock = WorkspaceClock.fixedAt(AS_OF);
        InputReader reader = new InputReader(CompositeSourceReader.standard(), new TagColumns(CombinedHeaderMeaning.standard(), clock),
                new NormalizationRules(new LibPhoneNumberNormalizer(), clock));
        FileResolution run = new ResolveFiles(reader, new IdentityEngine(new CommonsStringMetrics()))
                .resolve(inputs, List.of(), null, TaskContext.silent());
        long writeStarted = System.nanoTime();
        ResolutionFiles.writeClusters(run, scratch.resolve("clusters.csv"));
        long writeMillis = (System.nanoTime() - writeStarted) / 1_000_000;
        Resolution resolution = run.resolution();
        ResolutionDiagnostics diagnostics = resolution.diagnostics();
        PairwiseAccuracy counts = PairwiseAccuracy.of(resolution.assignments(), truth::get);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("records", run.records());
        figures.put("comparisons", diagnostics.candidatePairs());
        figures.put("reduction", round(diagnostics.reductionRatio(), 6));
        figures.put("precision", round(counts.precision(), 4));
        figures.put("recall", round(counts.recall(), 4));
        figures.put("F1", round(counts.f1(), 4));
        long engineMillis = diagnostics.millisPerPhase().values().stream().mapToLong(Long::longValue).sum();
        figures.put("read_s", seconds(run.millis() - engineMillis));
        for (Map.Entry<String, Long> phase : diagnostics.millisPerPhase().entrySet()) {
            figures.put(phase.getKey() + "_s", seconds(phase.getValue()));
        }
        figures.put("write_s", seconds(writeMillis));
        return figures;
    }

    private static double seconds(long millis) {
        return round(millis / 1000.0, 2);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
