package io.lakefront.app.bench;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.gold.metrics.ChurnValidation;
import io.lakefront.domain.gold.metrics.CustomerMetricsStore;
import io.lakefront.domain.gold.metrics.MetricsInput;
import io.lakefront.domain.gold.metrics.MetricsRefresh;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validates the churn model on the demo (ADR 0012): each run builds a demo workspace with the next
 * seed, takes its resolved customers and events, learns as of 180 days back, predicts as of 90 days
 * back and compares with the last 90 days. Figures are percentages (Brier scores times 100); their
 * medians are medians over seeds. The time is the whole run, the demo build included; {@code
 * refresh_s} is one full metrics refresh with the clock moved by a day (every row rewritten).
 */
final class ChurnBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");

    private final int customers;
    private Path scratch;
    private long seed;

    ChurnBenchmark(int customers) {
        this.customers = customers;
    }

    @Override public String name() { return "churn"; }

    @Override public String description() { return "churn model validation on demo workspaces of " + customers + " people"; }

    @Override
    public void setUp(Path scratch) {
        this.scratch = scratch;
    }

    @Override
    public Map<String, Number> run() throws Exception {
        seed++;
        Path folder = Files.createDirectories(scratch.resolve("seed-" + seed));
        MetricsInput input;
        try (Workspace workspace = Workspace.open(folder, WorkspaceClock.fixedAt(AS_OF))) {
            new DemoWorkspaceBuilder(workspace).build(seed, customers, TaskContext.silent());
            try (CustomerMetricsStore.Session session = workspace.customerMetrics().begin()) {
                input = session.read();
            }
        }
        ChurnValidation.Report report = new ChurnValidation().validate(input, AS_OF);
        double refreshSeconds;
        MetricsRefresh refresh;
        try (Workspace tomorrow = Workspace.open(folder, WorkspaceClock.fixedAt(AS_OF.plus(Duration.ofDays(1))))) {
            long start = System.nanoTime();
            refresh = tomorrow.refreshCustomerMetrics().refresh(TaskContext.silent());
            refreshSeconds = (System.nanoTime() - start) / 1e9;
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("seed", seed);
        figures.put("customers", report.customers());
        figures.put("churn_rate_pct", pct(report.churnRate()));
        figures.put("auc_pct", pct(report.auc()));
        figures.put("recency_auc_pct", pct(report.recencyAuc()));
        figures.put("brier_pct", pct(report.brier()));
        figures.put("base_brier_pct", pct(report.baseRateBrier()));
        figures.put("brier_skill_pct", pct(report.brierSkill()));
        figures.put("calibration_error_pct", pct(report.calibrationError()));
        figures.put("rows_rewritten", refresh.updated());
        figures.put("refresh_s", Math.round(refreshSeconds * 1000) / 1000.0);
        return figures;
    }

    private static double pct(double share) {
        return Math.round(share * 10_000) / 100.0;
    }
}
