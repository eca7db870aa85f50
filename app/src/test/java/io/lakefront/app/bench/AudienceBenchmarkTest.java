package io.lakefront.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audience benchmark on a small snapshot: it builds, every filter selects someone, the figures are there (no timing checked). */
class AudienceBenchmarkTest {
    @Test
    void runsEveryFilterOnTheGeneratedSnapshot(@TempDir Path scratch) {
        AudienceBenchmark benchmark = new AudienceBenchmark(3000);
        benchmark.setUp(scratch);

        Map<String, Number> figures = benchmark.run();

        assertThat(figures.get("customers").intValue()).isEqualTo(3000);
        assertThat(figures.get("purchase lines").longValue()).isBetween(20_000L, 40_000L);
        for (String filter : new String[] {"simple", "compound", "windowed", "lapsed", "engaged"}) {
            assertThat(figures.get(filter + " size").longValue()).as(filter).isBetween(1L, 2999L);
            assertThat(figures).containsKeys(filter + " ms", filter + " p90 ms", filter + " cpu ms", filter + " count ms");
        }
        assertThat(Benchmarks.select(Benchmarks.Name.audience, 0.001)).extracting(Benchmark::name).containsExactly("audience");
    }
}
