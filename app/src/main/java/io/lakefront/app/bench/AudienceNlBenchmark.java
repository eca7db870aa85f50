package io.lakefront.app.bench;

import io.lakefront.app.Workspace;
import io.lakefront.app.demo.DemoWorkspaceBuilder;
import io.lakefront.domain.audience.nl.Glossary;
import io.lakefront.domain.audience.nl.LexicalSynonyms;
import io.lakefront.domain.audience.nl.OfflineAudienceInterpreter;
import io.lakefront.domain.audience.nl.Synonyms;
import io.lakefront.connectors.embedding.EmbeddingSynonyms;
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
 * counts per phrase category and every failure printed once; scored with word synonyms and again with
 * the in-process embedding model. The demo is built once in setUp; each
 * run interprets and scores the whole corpus.
 */
final class AudienceNlBenchmark implements Benchmark {
    static final Instant AS_OF = Instant.parse("2026-10-20T23:59:59Z");
    static final long SEED = 42;
    static final int CUSTOMERS = 2_000;

    private final PrintWriter out;
    private Workspace workspace;
    private boolean printed;
    private final Synonyms embedding = EmbeddingSynonyms.inProcess();

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
        AudienceNlCorpus.Report withModel = evaluate(workspace, embedding);
        if (!printed) {
            out.print(report.describe());
            out.println("With the embedding model for synonyms:");
            out.print(withModel.describe());
            out.flush();
            printed = true;
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("cases", report.total());
        figures.put("passed", report.passed());
        figures.put("accuracy_pct", Math.round(report.accuracy() * 1000) / 10.0);
        figures.put("accuracy_embedding_pct", Math.round(withModel.accuracy() * 1000) / 10.0);
        return figures;
    }

    @Override
    public void tearDown() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** The corpus scored on {@code workspace} with the offline interpreter and word synonyms only. */
    static AudienceNlCorpus.Report evaluate(Workspace workspace) {
        return evaluate(workspace, new LexicalSynonyms());
    }

    /** The corpus scored on {@code workspace} with the offline interpreter using {@code synonyms}. */
    static AudienceNlCorpus.Report evaluate(Workspace workspace, Synonyms synonyms) {
        var jdbi = workspace.database().jdbi();
        OfflineAudienceInterpreter interpreter = new OfflineAudienceInterpreter(new JdbiValueCatalogue(jdbi),
                Glossary.defaults(), synonyms, workspace.clock());
        List<AudienceNlCorpus.Case> cases = AudienceNlCorpus.load();
        return AudienceNlCorpus.evaluate(cases, interpreter, new JdbiAudienceQuery(jdbi), workspace.clock().now());
    }
}
