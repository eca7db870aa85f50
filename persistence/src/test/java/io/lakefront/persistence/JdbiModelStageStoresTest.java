package io.lakefront.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.OpenReviewItem;
import io.lakefront.domain.identity.review.Verdict;
import io.lakefront.domain.identity.workspace.ResolutionRun;
import io.lakefront.domain.identity.workspace.ResolutionSession;
import io.lakefront.domain.identity.workspace.StoredPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Migration V7's verdict log and the review band the model stage reads and settles. */
class JdbiModelStageStoresTest {
    private static final Instant AT = Instant.parse("2026-10-20T10:00:00Z");
    private static final RecordKey A = new RecordKey("crm", "1");
    private static final RecordKey B = new RecordKey("shop", "7");
    private static final RecordKey C = new RecordKey("shop", "8");

    private WorkspaceDatabase database;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh("model-stage");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void verdictsAreAppendOnlyAndTheNewestOfAPairIsShown() {
        JdbiModelVerdicts verdicts = database.modelVerdicts();
        verdicts.record(new ModelVerdict(B, A, Verdict.UNSURE, 0.4, "mixed", "openai/tiny", AT));
        verdicts.remember("f".repeat(64), new ModelVerdict(A, B, Verdict.SAME, 0.91, " same email ", "openai/tiny",
                AT.plusSeconds(5)));

        ModelVerdict latest = verdicts.latest(B, A).orElseThrow();
        assertThat(latest.verdict()).isEqualTo(Verdict.SAME);
        assertThat(latest.rationale()).isEqualTo("same email");
        assertThat(latest.decidedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(verdicts.cached("f".repeat(64))).contains(latest);
        assertThat(verdicts.cached("0".repeat(64))).isEmpty();
        assertThat(verdicts.latest(A, C)).isEmpty();
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE model_verdicts SET verdict = 'different'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM model_verdicts")))
                .hasMessageContaining("append-only");
    }

    @Test
    void theBandListsTheLatestRunsOpenItemsMostUncertainFirstAndSettlesEachOnce() {
        JdbiResolutionStore store = database.resolutionStore();
        try (ResolutionSession session = store.begin()) {
            session.queueForReview(List.of(pair(A, B, 3.5), pair(B, C, -0.5), pair(A, C, 1.0)), AT);
            session.commit(run(session.runId()), 4);
        }
        List<OpenReviewItem> open = database.reviewBand().open(10);
        assertThat(open).extracting(OpenReviewItem::matchWeight).containsExactly(-0.5, 1.0, 3.5);
        assertThat(open.get(0).a()).isEqualTo(B);
        assertThat(database.reviewBand().open(1)).hasSize(1);

        assertThat(database.reviewBand().settle(open.get(0).id(), "model:openai/tiny", AT)).isTrue();
        assertThat(database.reviewBand().settle(open.get(0).id(), "model:openai/tiny", AT)).isFalse();
        assertThat(database.reviewBand().open(10)).hasSize(2);
        String by = database.jdbi().withHandle(h -> h.createQuery("SELECT decided_by FROM review_items WHERE item_id = :id "
                + "AND status = 'decided'").bind("id", open.get(0).id()).mapTo(String.class).one());
        assertThat(by).isEqualTo("model:openai/tiny");
        assertThat(database.workspaceStats().openReviewItems()).isEqualTo(2);
    }

    @Test
    void nothingIsOpenBeforeTheFirstRun() {
        assertThat(database.reviewBand().open(10)).isEmpty();
    }

    private static StoredPair pair(RecordKey a, RecordKey b, double weight) {
        return new StoredPair(a, b, weight, 0.5, MatchBand.REVIEW, null, 1, 2);
    }

    private static ResolutionRun run(long id) {
        return new ResolutionRun(id, AT, AT.plusSeconds(5), "ada", "identity.yaml", "ab".repeat(32), 3, 2, 2, 2, 0, 0,
                15, 1, 3, 13, 0, 3, 0, 3, 2, 0, 0, 0, 0, 5000, List.of(), Map.of(), Map.of(), new TreeMap<>(), List.of());
    }
}
