package io.lakefront.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness itself (not a benchmark): warm-ups, timed runs, the table. */
class BenchRunnerTest {
    static final class CountingBenchmark implements Benchmark {
        int setUps;
        int runs;
        Path scratch;

        @Override public String name() { return "counting"; }
        @Override public String description() { return "counts its runs"; }
        @Override public void setUp(Path scratch) { setUps++; this.scratch = scratch; }
        @Override public Map<String, Number> run() { runs++; return Map.of("rows", 1000); }
    }

    @Test
    void runsWarmupsAndTimedRunsThenPrintsOneRowPerBenchmark() throws Exception {
        CountingBenchmark benchmark = new CountingBenchmark();
        StringWriter text = new StringWriter();
        List<BenchRunner.Result> results = new BenchRunner(2, 3, new PrintWriter(text)).runAll(List.of(benchmark));

        assertThat(benchmark.setUps).isEqualTo(1);
        assertThat(benchmark.runs).isEqualTo(5);
        BenchRunner.Result result = results.get(0);
        assertThat(result.runs()).isEqualTo(3);
        assertThat(result.minSeconds()).isLessThanOrEqualTo(result.medianSeconds());
        assertThat(result.medianSeconds()).isLessThanOrEqualTo(result.maxSeconds());
        assertThat(result.figures()).containsKeys("rows", "rows/s");
        assertThat(text.toString()).contains("cores").contains("counting").contains("median");
        assertThat(Files.exists(benchmark.scratch)).as("scratch folder removed").isFalse();
    }

    @Test
    void eachFigureIsItsMedianOverTheTimedRuns() {
        Map<String, Number> medians = BenchRunner.medians(List.of(
                Map.of("rows", 1000L, "sync_s", 6.5), Map.of("rows", 1000L, "sync_s", 9.25), Map.of("rows", 1000L, "sync_s", 6.0)));

        assertThat(medians).containsEntry("rows", 1000L).containsEntry("sync_s", 6.5);
    }

    @Test
    void theCatalogueSelectsOneBenchmarkByName() {
        assertThat(Benchmarks.select(Benchmarks.Name.ingest, 0.001)).extracting(Benchmark::name).containsExactly("ingest");
        assertThat(Benchmarks.select(null, 0.001)).extracting(Benchmark::name).contains("demo", "ingest");
    }
}
