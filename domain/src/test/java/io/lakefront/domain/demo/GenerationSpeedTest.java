package io.lakefront.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures how long a demo world takes and how much memory stays in use; it prints the figures and
 * checks only that everything asked for was written (no timing assertion: the machine is shared).
 */
class GenerationSpeedTest {
    @Test
    void twentyThousandAndTwoHundredThousandCustomersAreGeneratedStreamingAndTimed() {
        GenerateDemoData generator = new GenerateDemoData();
        for (int customers : new int[] {20_000, 200_000}) {
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            DemoSummary summary = generator.generate(new DemoOptions(42, customers, Instant.parse("2026-10-20T23:59:59Z")), sink);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf("demo data: %,d customers, %,d rows in %.2f s (%,.0f rows/s), %d MB heap in use after%n",
                    customers, sink.rows, seconds, sink.rows / seconds, usedMb);
            assertThat(summary.persons()).isEqualTo(customers);
            assertThat(summary.rowsPerFile().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sink.rows);
        }
    }

    /** Counts rows and forgets them, so only the generator's own memory is measured. */
    private static final class CountingSink implements TableSink {
        long rows;

        @Override
        public RowWriter open(String fileName, List<String> header) {
            return new RowWriter() {
                @Override
                public void write(List<String> values) {
                    rows++;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
