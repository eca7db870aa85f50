package io.lakefront.app.bench;

import io.lakefront.app.identity.FileResolution;
import io.lakefront.app.identity.InputReader;
import io.lakefront.app.identity.ReadInput;
import io.lakefront.app.identity.ResolutionFiles;
import io.lakefront.app.identity.ResolveFiles;
import io.lakefront.connectors.CompositeSourceReader;
import io.lakefront.connectors.embedding.CombinedHeaderMeaning;
import io.lakefront.connectors.file.CsvReader;
import io.lakefront.connectors.file.CsvTableSink;
import io.lakefront.connectors.file.CsvWriter;
import io.lakefront.connectors.phone.LibPhoneNumberNormalizer;
import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.domain.demo.DemoOptions;
import io.lakefront.domain.demo.GenerateDemoData;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IncrementalRequest;
import io.lakefront.domain.identity.PairwiseAccuracy;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionDiagnostics;
import io.lakefront.domain.identity.ScoredPairs;
import io.lakefront.domain.prep.NormalizationRules;
import io.lakefront.domain.prep.TagColumns;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zero-configuration {@code resolve} end to end (read, tag, normalize, block, score, cluster, write)
 * on the demo generator's person sources — CRM, shop and support exports with different schemas,
 * typos, nicknames, moves, married names, families and namesakes — scored against its ground truth;
 * then an incremental step: the last {@link #NEW_RECORDS} shop customers, held back in a file of
 * their own, are resolved into the result without a full recompute.
 *
 * <p>Figures: {@code resolve_s} is the end-to-end run, its phases follow ({@code read_s} includes
 * tagging and normalizing); {@code cpu_s} is the process CPU time of the end-to-end run (on a busy
 * machine wall time overstates); {@code increment_s} is the incremental engine run, whose records
 * were read in {@code increment_read_s}; {@code F1_pct} is after the increment, over all records;
 * {@code blocking_recall_pct} (pairs completeness) is the share of true pairs blocking compared at all.
 * Ratios are percentages, so that the medians' two decimals keep them readable.
 */
final class ResolveBenchmark implements Benchmark {
    static final int NEW_RECORDS = 1000;
    private static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    private static final List<String> FILES = List.of("crm_contacts.csv", "shop_customers.csv", "support_tickets.csv");
    private static final String SHOP = "shop_customers.csv";
    private static final String NEW_FILE = "new_shop_customers.csv";

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
        Set<String> held = holdBackNewCustomers(scratch);
        inputs = FILES.stream().map(scratch::resolve).toList();
        truth = new HashMap<>();
        try (CsvReader rows = CsvReader.open(scratch.resolve("truth.csv"))) {
            List<String> row;
            while ((row = rows.next()) != null) {
                if (FILES.contains(row.get(0))) {
                    String file = row.get(0).equals(SHOP) && held.contains(row.get(1)) ? NEW_FILE : row.get(0);
                    truth.put(new RecordKey(file, row.get(1)), row.get(2));
                }
            }
        }
    }

    /** Moves the last shop customers into a file of their own; returns their ids. */
    private static Set<String> holdBackNewCustomers(Path folder) throws Exception {
        Path shop = folder.resolve(SHOP);
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(shop)) {
            header = reader.columns();
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        int keep = Math.max(0, rows.size() - NEW_RECORDS);
        Set<String> held = new HashSet<>();
        Path kept = folder.resolve(SHOP + ".tmp");
        try (CsvWriter main = CsvWriter.create(kept); CsvWriter later = CsvWriter.create(folder.resolve(NEW_FILE))) {
            main.writeRow(header);
            later.writeRow(header);
            for (int i = 0; i < rows.size(); i++) {
                (i < keep ? main : later).writeRow(rows.get(i));
                if (i >= keep) {
                    held.add(rows.get(i).get(0));
                }
            }
        }
        Files.move(kept, shop, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return held;
    }

    @Override
    public Map<String, Number> run() throws Exception {
        WorkspaceClock clock = WorkspaceClock.fixedAt(AS_OF);
        InputReader reader = new InputReader(CompositeSourceReader.standard(), new TagColumns(CombinedHeaderMeaning.standard(), clock),
                new NormalizationRules(new LibPhoneNumberNormalizer(), clock));
        IdentityEngine engine = new IdentityEngine(new CommonsStringMetrics());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = os.getProcessCpuTime();
        long started = System.nanoTime();
        FileResolution run = new ResolveFiles(reader, engine).resolve(inputs, List.of(), null, TaskContext.silent());
        long writeStarted = System.nanoTime();
        ResolutionFiles.writeClusters(run, scratch.resolve("clusters.csv"));
        long finished = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpuStarted;
        Resolution resolution = run.resolution();
        ResolutionDiagnostics diagnostics = resolution.diagnostics();

        long readStarted = System.nanoTime();
        ReadInput added = reader.read(scratch.resolve(NEW_FILE), null);
        long incrementStarted = System.nanoTime();
        Resolution incremented = engine.resolveIncremental(resolution,
                IncrementalRequest.of(added.records(), resolution), TaskContext.silent());
        long incrementFinished = System.nanoTime();

        PairwiseAccuracy counts = PairwiseAccuracy.of(incremented.assignments(), truth::get);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("records", run.records());
        figures.put("comparisons", diagnostics.candidatePairs());
        figures.put("per_record", round((double) diagnostics.candidatePairs() / run.records(), 2));
        figures.put("reduction_pct", round(100 * diagnostics.reductionRatio(), 4));
        figures.put("resolve_s", seconds(finished - started));
        figures.put("cpu_s", seconds(cpu));
        long engineMillis = diagnostics.millisPerPhase().values().stream().mapToLong(Long::longValue).sum();
        figures.put("read_s", round((run.millis() - engineMillis) / 1000.0, 2));
        for (Map.Entry<String, Long> phase : diagnostics.millisPerPhase().entrySet()) {
            figures.put(phase.getKey() + "_s", round(phase.getValue() / 1000.0, 2));
        }
        figures.put("write_s", seconds(finished - writeStarted));
        figures.put("new_records", added.records().size());
        figures.put("increment_read_s", seconds(incrementStarted - readStarted));
        figures.put("increment_s", seconds(incrementFinished - incrementStarted));
        figures.put("increment_comparisons", incremented.diagnostics().candidatePairs());
        figures.put("precision_pct", round(100 * counts.precision(), 2));
        figures.put("recall_pct", round(100 * counts.recall(), 2));
        figures.put("F1_pct", round(100 * counts.f1(), 2));
        figures.put("blocking_recall_pct", round(100 * blockingRecall(resolution), 2));
        return figures;
    }

    /** Pairs completeness: the share of the true pairs (before the increment) that blocking compared at all. */
    private double blockingRecall(Resolution resolution) {
        long truePairs = PairwiseAccuracy.of(resolution.assignments(), truth::get).truePairs();
        ScoredPairs pairs = resolution.pairs();
        long compared = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String person = truth.get(pairs.recordA(i));
            if (person != null && person.equals(truth.get(pairs.recordB(i)))) {
                compared++;
            }
        }
        return truePairs == 0 ? 1 : (double) compared / truePairs;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9, 2);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
