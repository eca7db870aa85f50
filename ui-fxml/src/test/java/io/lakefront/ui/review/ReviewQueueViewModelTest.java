package io.lakefront.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.review.FieldSimilarity;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewStatus;
import io.lakefront.domain.task.BackgroundWork;
import io.lakefront.domain.task.DirectTaskExecutor;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.task.TaskExecutor;
import io.lakefront.domain.task.TaskHandle;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.fakes.InMemoryReviewDesk;
import io.lakefront.ui.fakes.TestWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ReviewQueueViewModelTest {
    private final InMemoryReviewDesk desk = InMemoryReviewDesk.withPairs(TestWorkspace.AS_OF, "alex");
    private final ReviewQueueViewModel model = new ReviewQueueViewModel(desk, new DirectTaskExecutor(),
            WorkspaceClock.fixedAt(TestWorkspace.AS_OF));

    @Test
    void showsTheQueueInValueOrderAndTheFirstPairInFull() {
        model.shown();

        assertThat(model.rows()).extracting(ReviewRow::id).containsExactly(1L, 3L, 2L);
        assertThat(model.totalTextProperty().get()).isEqualTo("3 open pairs");
        assertThat(model.selectedProperty().get()).isZero();
        assertThat(model.titleProperty().get()).isEqualTo("crm/C-1001  ↔  webshop/w-7");
        assertThat(model.valuesA()).contains("First Name: Maria");
        assertThat(model.clusterAProperty().get()).isEqualTo("Cluster 10 · alone");
        assertThat(model.fields()).extracting(FieldRow::similarity)
                .containsExactly(FieldSimilarity.SAME, FieldSimilarity.SIMILAR, FieldSimilarity.DIFFERENT);
        assertThat(model.fields().get(2).styleClass()).isEqualTo("field-different");
        assertThat(model.waterfall()).hasSize(4);
        assertThat(model.waterfall().get(3).after()).isEqualTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.verdictProperty().get()).isEqualTo(ReviewItemDetail.NO_MODEL);
        assertThat(model.modelReviewedProperty().get()).isFalse();
        assertThat(model.emptyProperty().get()).isFalse();
    }

    @Test
    void nextAndPreviousWalkTheQueueAndShowTheModelVerdictWhenThereIsOne() {
        model.shown();
        model.next();
        model.next();
        model.next();

        assertThat(model.selectedProperty().get()).isEqualTo(2);
        assertThat(model.verdictProperty().get()).isEqualTo("local-llm says: the same person (confidence 82%)");
        assertThat(model.rationaleProperty().get()).contains("common short form");
        model.previous();
        assertThat(model.titleProperty().get()).isEqualTo("crm/C-1003  ↔  webshop/w-3");
        model.previous();
        model.previous();
        assertThat(model.selectedProperty().get()).isZero();
    }

    @Test
    void decidingMovesOnAndUndoBringsThePairBack() {
        model.shown();
        model.decide(ReviewAnswer.MATCH);

        assertThat(desk.item(1).status()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(model.rows()).extracting(ReviewRow::id).containsExactly(3L, 2L);
        assertThat(model.selectedProperty().get()).isZero();
        assertThat(model.titleProperty().get()).isEqualTo("crm/C-1003  ↔  webshop/w-3");
        assertThat(model.noticeProperty().get()).isEqualTo("crm/C-1001 ↔ webshop/w-7: match. Ctrl+Z takes it back.");
        assertThat(model.history()).extracting(HistoryRow::text)
                .containsExactly("2026-10-20 23:59 · alex · match · crm/C-1001 ↔ webshop/w-7");

        model.undo();
        assertThat(desk.item(1).status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(model.rows()).hasSize(3);
        assertThat(model.titleProperty().get()).as("the pair taken back is selected").isEqualTo("crm/C-1001  ↔  webshop/w-7");
        assertThat(model.history()).isEmpty();

        model.undo();
        assertThat(model.problemProperty().get()).contains("nothing to undo");
    }

    @Test
    void theLastPairDecidedLeavesTheEmptyState() {
        model.shown();
        model.decide(ReviewAnswer.SKIP);
        model.decide(ReviewAnswer.NON_MATCH);
        model.decide(ReviewAnswer.MATCH);

        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.totalTextProperty().get()).isEqualTo("No open pairs");
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.history()).hasSize(3);
        model.decide(ReviewAnswer.MATCH);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aBulkDecisionIsPreviewedFirstAndAppliedAsOneBatch() {
        model.shown();
        model.previewSimilar();

        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.previewLines()).containsExactly("crm/C-1001  ↔  webshop/w-7   +3.10",
                "crm/C-1003  ↔  webshop/w-3   +4.00");
        assertThat(desk.item(3).open()).as("nothing decided by the preview").isTrue();

        model.applyToSimilar(ReviewAnswer.MATCH);
        assertThat(model.previewProperty().get()).isNull();
        assertThat(desk.item(1).status()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(desk.item(3).batch()).isEqualTo(desk.item(1).batch());
        assertThat(model.rows()).extracting(ReviewRow::id).containsExactly(2L);
        assertThat(model.noticeProperty().get()).startsWith("match on 2 similar pairs.");

        model.undo();
        assertThat(model.rows()).hasSize(3);
        assertThat(model.noticeProperty().get()).isEqualTo("Undone: 2 pairs are open again.");
    }

    @Test
    void aDetailThatArrivesAfterTheUserMovedOnIsDropped() {
        NewestFirst tasks = new NewestFirst();
        ReviewQueueViewModel slow = new ReviewQueueViewModel(desk, tasks, WorkspaceClock.fixedAt(TestWorkspace.AS_OF));
        slow.shown();
        tasks.run(0); // the queue; it asks for the first pair's detail
        slow.next();
        tasks.run(1); // the second pair's detail arrives first ...
        tasks.run(0); // ... the first pair's, asked for earlier, arrives late

        assertThat(slow.selectedProperty().get()).isEqualTo(1);
        assertThat(slow.titleProperty().get()).isEqualTo("crm/C-1003  ↔  webshop/w-3");
        assertThat(slow.valuesA()).contains("First Name: Anna");
    }

    /** Runs submitted work in whatever order the test says. */
    private static final class NewestFirst implements TaskExecutor {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> TaskHandle<T> submit(String title, BackgroundWork<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            pending.add(() -> {
                try {
                    result.complete(work.run(TaskContext.silent()));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return new TaskHandle<>() {
                @Override public String title() { return title; }
                @Override public CompletionStage<T> result() { return result; }
                @Override public void cancel() { }
            };
        }

        void run(int index) {
            pending.remove(index).run();
        }
    }
}
