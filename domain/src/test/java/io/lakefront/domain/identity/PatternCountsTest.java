package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Counting comparison vectors by pattern loses nothing: EM over patterns is EM over pairs. */
class PatternCountsTest {
    private final StringMetrics metrics = new PlainStringMetrics();

    @Test
    void patternsKeepEveryLevelAndEveryPairAndEmOverThemEqualsEmOverPairs() {
        People.Population population = People.generate(150, 9);
        IdentitySpec spec = IdentitySpec.defaults();
        PreparedRecords records = PreparedRecords.prepare(population.records(), spec.fieldsUsed(),
                new FieldNormalizer(spec.guards().genericValues()), metrics);
        CompiledComparison[] comparisons = spec.comparisons().stream()
                .map(c -> new CompiledComparison(c, records, metrics)).toArray(CompiledComparison[]::new);
        int width = comparisons.length;
        PatternCounts counts = new PatternCounts(comparisons);
        List<int[]> vectors = new ArrayList<>();
        for (int a = 0; a < records.size(); a++) {
            for (int b = a + 1; b < records.size(); b++) {
                int[] levels = new int[width];
                for (int c = 0; c < width; c++) {
                    levels[c] = comparisons[c].level(a, b);
                }
                vectors.add(levels);
                long pattern = counts.patternOf(comparisons, a, b);
                for (int c = 0; c < width; c++) {
                    assertThat(counts.level(pattern, c)).isEqualTo(levels[c]);
                }
                counts.add(pattern, 1);
            }
        }
        assertThat(counts.total()).isEqualTo(vectors.size());
        assertThat(counts.size()).isLessThan(vectors.size() / 10);

        double[][] u = new double[width][];
        double[][] start = new double[width][];
        boolean[] active = new boolean[width];
        for (int c = 0; c < width; c++) {
            int levels = comparisons[c].comparison().levelCount();
            u[c] = new double[levels];
            start[c] = new double[levels];
            for (int l = 0; l < levels; l++) {
                u[c][l] = l == levels - 1 ? 0.9 : 0.1 / (levels - 1);
                start[c][l] = l == 1 ? 0.8 : 0.2 / (levels - 1);
            }
            active[c] = c != 2;
        }
        ExpectationMaximisation.Result fast = new ExpectationMaximisation(u, active, 5, 0).run(counts.unpack(), start, 0.1);
        double[][] m = naiveEm(vectors, u, active, start, 0.1, 5);
        for (int c = 0; c < width; c++) {
            for (int l = 1; l < m[c].length; l++) {
                assertThat(fast.m()[c][l]).as("m[%d][%d]", c, l).isCloseTo(m[c][l], Offset.offset(1e-9));
            }
        }
    }

    /** EM as first written: one pass over every pair per iteration. */
    private static double[][] naiveEm(List<int[]> vectors, double[][] u, boolean[] active, double[][] start,
                                      double share, int iterations) {
        double[][] m = new double[start.length][];
        for (int c = 0; c < m.length; c++) {
            m[c] = start[c].clone();
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[][] sums = new double[m.length][];
            for (int c = 0; c < m.length; c++) {
                sums[c] = new double[m[c].length];
            }
            double matches = 0;
            for (int[] levels : vectors) {
                double odds = share / (1 - share);
                for (int c = 0; c < m.length; c++) {
                    if (active[c] && levels[c] != 0) {
                        odds *= m[c][levels[c]] / u[c][levels[c]];
                    }
                }
                double posterior = odds / (1 + odds);
                for (int c = 0; c < m.length; c++) {
                    sums[c][levels[c]] += posterior;
                }
                matches += posterior;
            }
            for (int c = 0; c < m.length; c++) {
                if (!active[c]) {
                    continue;
                }
                double present = 0;
                for (int l = 1; l < m[c].length; l++) {
                    present += sums[c][l];
                }
                for (int l = 1; l < m[c].length && present > 0; l++) {
                    m[c][l] = Math.max(1e-6, sums[c][l] / present);
                }
            }
            share = Math.min(1 - 1e-6, Math.max(1e-6, matches / vectors.size()));
        }
        return m;
    }
}
