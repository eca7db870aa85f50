package io.lakefront.app.bench;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.audience.nl.Glossary;
import io.lakefront.domain.audience.nl.LexicalSynonyms;
import io.lakefront.domain.audience.nl.OfflineAudienceInterpreter;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.persistence.JdbiAudienceQuery;
import io.lakefront.persistence.JdbiValueCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./lakefront bench audience-nl}: the offline interpreter's accuracy on its evaluation corpus
 * (execution match on the demo workspace of 2,000 customers, seed 42, as of 2026-10-20), with the
 * counts per phrase category and every failure printed once. The demo is built once in setUp; each
 * run interprets and scores the whole corpus.
 */
final class AudienceNlBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    static final long SEED = 42;
    static final int CUSTOMERS = 2_000;

    private final PrintWriter out;
    private Workspace workspace;
    private boolean printed;

    AudienceNlBenchmark(PrintWriter out) {
        this.out = out;
    }

    @Override public String name() { return "audience-nl"; }

    @Override public String description() { return "offline audience interpreter accuracy on its corpus (demo, 2,000 people)"; }

    @Override
    public void setUp(Path scratch) {
        workspace = Workspace.open(scratch.resolve("ws"), WorkspaceClock.fixedAt(AS_OF));
        new DemoWorkspaceBuilder(workspace).build(SEED, CUSTOMERS, TaskContext.silent());
    }

    @Override
    public Map<String, Number> run() {
        AudienceNlCorpus.Report report = evaluate(workspace);
        if (!printed) {
            out.print(report.describe());
            out.flush();
            printed = true;
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("cases", report.total());
        figures.put("passed", report.passed());
        figures.put("accuracy_pct", Math.round(report.accuracy() * 1000) / 10.0);
        return figures;
    }

    @Override
    public void tearDown() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** The corpus scored on {@code workspace} with the offline interpreter as the workspace would build it. */
    static AudienceNlCorpus.Report evaluate(Workspace workspace) {
        var jdbi = workspace.database().jdbi();
        OfflineAudienceInterpreter interpreter = new OfflineAudienceInterpreter(new JdbiValueCatalogue(jdbi),
                Glossary.defaults(), new LexicalSynonyms(), workspace.clock());
        List<AudienceNlCorpus.Case> cases = AudienceNlCorpus.load();
        return AudienceNlCorpus.evaluate(cases, interpreter, new JdbiAudienceQuery(jdbi), workspace.clock().now());
    }
}
