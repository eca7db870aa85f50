package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BackgroundBatchesTest {
    @Test
    void writesEveryBatchInTheOrderGivenBeforeFinishReturns() throws SQLException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (BackgroundBatches<Integer> batches = new BackgroundBatches<>("test-writer", written::addAll)) {
            for (int i = 0; i < 50; i++) {
                batches.submit(List.of(2 * i, 2 * i + 1));
            }
            batches.finish();
            assertThat(written).hasSize(100).isSorted();
        }
    }

    @Test
    void aFailedBatchIsThrownToTheCallerAndNothingAfterItIsWritten() {
        List<Integer> written = new CopyOnWriteArrayList<>();
        BackgroundBatches<Integer> batches = new BackgroundBatches<>("test-writer", batch -> {
            if (batch.contains(3)) {
                throw new SQLException("disk full");
            }
            written.addAll(batch);
        });

        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000; i++) {
                batches.submit(List.of(i));
            }
            batches.finish();
        }).isInstanceOf(SQLException.class).hasMessage("disk full");
        batches.close();
        batches.close();

        assertThat(written).containsExactly(0, 1, 2);
    }

    @Test
    void closingWithoutFinishDropsWhatWasNotWrittenYet() throws SQLException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        BackgroundBatches<Integer> batches = new BackgroundBatches<>("test-writer", batch -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.addAll(batch);
        });
        for (int i = 0; i < 3; i++) {
            batches.submit(List.of(i));
        }
        batches.close();

        // The batch being written when close was called is finished; the queued ones are dropped.
        assertThat(written).startsWith(0).hasSizeLessThan(3);
    }
}
