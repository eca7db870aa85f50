package io.lakefront.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.app.Workspace;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.review.DecideReview;
import io.lakefront.domain.identity.review.FieldEvidence;
import io.lakefront.domain.identity.review.FieldSimilarity;
import io.lakefront.domain.identity.review.FindSimilarPairs;
import io.lakefront.domain.identity.review.ModelVerdict;
import io.lakefront.domain.identity.review.ModelVerdicts;
import io.lakefront.domain.identity.review.QueueEntry;
import io.lakefront.domain.identity.review.ReviewAnswer;
import io.lakefront.domain.identity.review.ReviewItem;
import io.lakefront.domain.identity.review.ReviewItemDetail;
import io.lakefront.domain.identity.review.ReviewPage;
import io.lakefront.domain.identity.review.ReviewQuery;
import io.lakefront.domain.identity.review.ReviewStatus;
import io.lakefront.domain.identity.review.ShowReviewItem;
import io.lakefront.domain.identity.review.Verdict;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.RecordAssignment;
import io.lakefront.domain.task.TaskContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue end to end on real parts: CSV sources prepared into H2, resolved by the real
 * engine so that pairs land in the review band, then listed, shown, decided, undone and reshaped
 * through the use cases — and the next resolution runs prove the decisions hold.
 */
class ReviewQueueTest {
    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void buildTheWorkspace() throws Exception {
        folder = temp.resolve("ws");
        ReviewFixture.build(temp, folder);
    }

    private static RecordKey key(String source, String id) {
        return new RecordKey(source, id);
    }

    private static long itemOf(Workspace workspace, String crmId) {
        return workspace.listReviewQueue().list(workspace.actor(), new ReviewQuery(null, "crm/" + crmId, 0, 10))
                .entries().get(0).item().id();
    }

    private static Map<RecordKey, Long> clusters(Workspace workspace) {
        Map<RecordKey, Long> clusters = new HashMap<>();
        for (RecordAssignment assignment : workspace.database().resolutionStore().assignments()) {
            clusters.put(assignment.key(), assignment.clusterId());
        }
        return clusters;
    }

    private static List<String> auditActions(Workspace workspace) {
        return workspace.auditLog().recent(100).stream().map(AuditEntry::action).toList();
    }

    private static void resolve(Workspace workspace) {
        workspace.resolveWorkspace().resolve(workspace.actor(), TaskContext.silent());
    }

    @Test
    void listsTheOpenQueueByValueWithFilterAndPaging() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            ReviewPage page = workspace.listReviewQueue().list(workspace.actor(), ReviewQuery.first(10));

            assertThat(page.total()).isEqualTo(4);
            List<Double> values = page.entries().stream().map(entry -> entry.value().value()).toList();
            assertThat(values).isSortedAccordingTo((x, y) -> Double.compare(y, x));
            QueueEntry first = page.entries().get(0);
            assertThat(first.item().a()).as("Dan's pair sits nearest the band's middle").isEqualTo(key("crm", "C-4"));
            assertThat(first.why()).contains("bits from the band's middle").contains("a match would join 2 records");

            ReviewPage filtered = workspace.listReviewQueue().list(workspace.actor(), new ReviewQuery("shop", "c-2", 0, 10));
            assertThat(filtered.total()).isEqualTo(1);
            assertThat(filtered.entries().get(0).item().b()).isEqualTo(key("shop", "100002"));
            ReviewPage second = workspace.listReviewQueue().list(workspace.actor(), new ReviewQuery(null, "", 1, 2));
            assertThat(second.entries()).extracting(QueueEntry::item)
                    .containsExactly(page.entries().get(1).item(), page.entries().get(2).item());
            assertThat(workspace.listReviewQueue().list(workspace.actor(), new ReviewQuery("nowhere", "", 0, 10)).total())
                    .isZero();
        }
    }

    @Test
    void showsBothRecordsTheirClustersTheEvidencePerFieldAndTheModelVerdictWhenThereIsOne() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            long anna = itemOf(workspace, "C-1");
            ReviewItemDetail detail = workspace.showReviewItem().show(workspace.actor(), anna, TaskContext.silent());

            assertThat(detail.a().values()).containsEntry("First Name", "Anna").containsEntry("Email", "anna.berg@example.com");
            assertThat(detail.b().values()).containsEntry("email_address", "zz-ab-1985@shopmail.test");
            assertThat(detail.a().current()).isTrue();
            assertThat(detail.a().clusterSize()).isEqualTo(1);
            Map<String, FieldSimilarity> similarity = new HashMap<>();
            for (FieldEvidence field : detail.fields()) {
                similarity.put(field.comparison(), field.similarity());
            }
            assertThat(similarity).containsEntry("phone", FieldSimilarity.SAME).containsEntry("email", FieldSimilarity.DIFFERENT)
                    .containsEntry("birth_date", FieldSimilarity.MISSING);
            assertThat(detail.verdict()).isEmpty();
            assertThat(detail.explanation().waterfall().matchWeight()).isEqualTo(detail.item().matchWeight(),
                    org.assertj.core.data.Offset.offset(1e-6));

            ModelVerdicts recorded = new InMemoryVerdicts();
            recorded.record(new ModelVerdict(key("shop", "100001"), key("crm", "C-1"), Verdict.SAME, 0.8,
                    "Same name and phone; the shop e-mail is a private alias.", "test-model", Instant.parse("2026-10-20T10:00:00Z")));
            ShowReviewItem withModel = new ShowReviewItem(workspace.database().reviewItems(),
                    workspace.database().resolutionStore(), workspace.database().preparedSources(), workspace.explainPair(),
                    recorded, workspace.database().linkDecisions());
            ReviewItemDetail assessed = withModel.show(workspace.actor(), anna, TaskContext.silent());
            assertThat(assessed.verdict()).get().extracting(ModelVerdict::verdict).isEqualTo(Verdict.SAME);
            assertThat(assessed.verdict().get().rationale()).contains("private alias");
        }
    }

    @Test
    void aMatchIsAnAuditedMustLinkThatTheNextRunsRespect() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            long anna = itemOf(workspace, "C-1");
            DecideReview.Answered answered = workspace.decideReview().decide(workspace.actor(), anna, ReviewAnswer.MATCH);

            ReviewItem item = answered.items().get(0);
            assertThat(item.status()).isEqualTo(ReviewStatus.DECIDED);
            assertThat(item.answer()).isEqualTo(ReviewAnswer.MATCH);
            assertThat(item.decidedBy()).isEqualTo(workspace.actor().name());
            assertThat(item.decidedAt()).isNotNull();
            assertThat(workspace.database().linkDecisions().inForce())
                    .containsExactly(LinkConstraint.mustLink(key("crm", "C-1"), key("shop", "100001")));
            assertThat(workspace.database().linkDecisions().history(1).get(0).reviewItem()).isEqualTo(anna);
            assertThat(auditActions(workspace)).contains("identity.link_decided");

            resolve(workspace);
            resolve(workspace);
            Map<RecordKey, Long> clusters = clusters(workspace);
            assertThat(clusters.get(key("crm", "C-1"))).isEqualTo(clusters.get(key("shop", "100001")));
            assertThat(workspace.database().reviewItems().item(anna).orElseThrow().status()).isEqualTo(ReviewStatus.DECIDED);
            assertThat(workspace.listReviewQueue().list(workspace.actor(), ReviewQuery.first(10)).total())
                    .as("the decided pair does not come back").isEqualTo(3);

            assertThatThrownBy(() -> workspace.decideReview().decide(workspace.actor(), anna, ReviewAnswer.NON_MATCH))
                    .isInstanceOf(UserError.class).hasMessageContaining("review item " + anna + " is not open (it is decided by");
            assertThatThrownBy(() -> workspace.decideReview().decide(workspace.actor(), 999, ReviewAnswer.MATCH))
                    .isInstanceOf(UserError.class).hasMessage("no review item 999");
        }
    }

    @Test
    void undoWithdrawsTheDecisionAndOpensTheItemAgainAndSkipLeavesNoConstraint() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            long dan = itemOf(workspace, "C-4");
            long ben = itemOf(workspace, "C-2");
            workspace.decideReview().decide(workspace.actor(), dan, ReviewAnswer.NON_MATCH);
            workspace.decideReview().decide(workspace.actor(), ben, ReviewAnswer.SKIP);
            assertThat(workspace.database().reviewItems().item(ben).orElseThrow().status()).isEqualTo(ReviewStatus.SKIPPED);
            assertThat(workspace.database().linkDecisions().inForce())
                    .containsExactly(LinkConstraint.cannotLink(key("crm", "C-4"), key("shop", "100004")));
            assertThat(workspace.decideReview().history(workspace.actor(), 10)).extracting(ReviewItem::id)
                    .containsExactly(ben, dan);

            List<ReviewItem> undone = workspace.decideReview().undo(workspace.actor());
            assertThat(undone).extracting(ReviewItem::id).containsExactly(ben);
            assertThat(undone.get(0).status()).isEqualTo(ReviewStatus.OPEN);
            assertThat(workspace.database().linkDecisions().history(10)).hasSize(1);

            workspace.decideReview().undo(workspace.actor());
            ReviewItem reopened = workspace.database().reviewItems().item(dan).orElseThrow();
            assertThat(reopened.status()).isEqualTo(ReviewStatus.OPEN);
            assertThat(reopened.answer()).isNull();
            assertThat(reopened.decidedBy()).isNull();
            assertThat(workspace.database().linkDecisions().history(1).get(0).kind()).isEqualTo(LinkDecision.Kind.WITHDRAWN);
            assertThat(workspace.database().linkDecisions().inForce()).isEmpty();
            assertThat(auditActions(workspace)).contains("identity.review_undone", "identity.review_skipped");
            assertThatThrownBy(() -> workspace.decideReview().undo(workspace.actor()))
                    .isInstanceOf(UserError.class).hasMessageContaining("nothing to undo");

            resolve(workspace);
            assertThat(workspace.listReviewQueue().list(workspace.actor(), ReviewQuery.first(10)).total())
                    .as("withdrawn pairs stay in the queue, once each").isEqualTo(4);
        }
    }

    @Test
    void aBulkDecisionPreviewsThePairsWithTheSamePatternAndUndoTakesItBackWhole() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            long anna = itemOf(workspace, "C-1");
            FindSimilarPairs.Preview preview = workspace.findSimilarPairs().preview(workspace.actor(), anna, TaskContext.silent());

            assertThat(preview.ids().get(0)).isEqualTo(anna);
            assertThat(preview.similar()).extracting(entry -> entry.item().a())
                    .containsExactlyInAnyOrder(key("crm", "C-1"), key("crm", "C-2"), key("crm", "C-3"));
            assertThat(preview.pattern().levels()).containsEntry("phone", "exact").containsEntry("birth_date", "missing");

            DecideReview.Answered answered = workspace.decideReview().decideAll(workspace.actor(), preview.ids(),
                    ReviewAnswer.MATCH, "same name and phone, shop e-mails are aliases");
            assertThat(answered.items()).hasSize(3).allSatisfy(item -> assertThat(item.batch()).isEqualTo(answered.batch()));
            assertThat(auditActions(workspace)).contains("identity.review_bulk");
            resolve(workspace);
            Map<RecordKey, Long> clusters = clusters(workspace);
            for (String[] pair : new String[][] {{"C-1", "100001"}, {"C-2", "100002"}, {"C-3", "100003"}}) {
                assertThat(clusters.get(key("crm", pair[0]))).isEqualTo(clusters.get(key("shop", pair[1])));
            }

            assertThat(workspace.decideReview().undo(workspace.actor())).hasSize(3);
            assertThat(workspace.database().linkDecisions().inForce()).isEmpty();
            assertThat(workspace.listReviewQueue().list(workspace.actor(), ReviewQuery.first(10)).total()).isEqualTo(4);
        }
    }

    @Test
    void splitAndMergeAreConstraintsThatEveryLaterRunRespects() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            Map<RecordKey, Long> before = clusters(workspace);
            assertThat(before.get(key("crm", "C-5"))).isNotEqualTo(before.get(key("crm", "C-6")));
            workspace.reshapeClusters().merge(workspace.actor(), before.get(key("crm", "C-5")), before.get(key("crm", "C-6")),
                    "Ella married Finn's brother; one household account");
            workspace.decideReview().decide(workspace.actor(), itemOf(workspace, "C-1"), ReviewAnswer.MATCH);
            resolve(workspace);
            Map<RecordKey, Long> merged = clusters(workspace);
            assertThat(merged.get(key("crm", "C-5"))).isEqualTo(merged.get(key("crm", "C-6")));
            assertThat(merged.get(key("crm", "C-1"))).isEqualTo(merged.get(key("shop", "100001")));

            List<LinkDecision> split = workspace.reshapeClusters().split(workspace.actor(), key("shop", "100001"), "");
            assertThat(split).hasSize(1).allSatisfy(d -> assertThat(d.kind()).isEqualTo(LinkDecision.Kind.CANNOT_LINK));
            resolve(workspace);
            resolve(workspace);
            Map<RecordKey, Long> after = clusters(workspace);
            assertThat(after.get(key("crm", "C-1"))).as("split holds in every later run").isNotEqualTo(after.get(key("shop", "100001")));
            assertThat(after.get(key("crm", "C-5"))).as("merge holds too").isEqualTo(after.get(key("crm", "C-6")));
            assertThat(auditActions(workspace)).contains("identity.cluster_split", "identity.clusters_merged");

            assertThatThrownBy(() -> workspace.reshapeClusters().split(workspace.actor(), key("shop", "100005"), ""))
                    .isInstanceOf(UserError.class).hasMessageContaining("nothing to split");
            assertThatThrownBy(() -> workspace.reshapeClusters().merge(workspace.actor(), 5, 5, ""))
                    .isInstanceOf(UserError.class).hasMessageContaining("twice");
        }
    }

    @Test
    void everyUseCaseNeedsTheReviewPermission() {
        try (Workspace workspace = ReviewFixture.open(folder)) {
            Actor marketer = Actor.of("mia", Role.MARKETER);
            long anna = itemOf(workspace, "C-1");
            assertThatThrownBy(() -> workspace.listReviewQueue().list(marketer, ReviewQuery.first(5)))
                    .isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> workspace.showReviewItem().show(marketer, anna, TaskContext.silent()))
                    .isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> workspace.decideReview().decide(marketer, anna, ReviewAnswer.MATCH))
                    .isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> workspace.decideReview().undo(marketer)).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> workspace.findSimilarPairs().preview(marketer, anna, TaskContext.silent()))
                    .isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> workspace.reshapeClusters().split(marketer, key("crm", "C-1"), ""))
                    .isInstanceOf(PermissionDenied.class);
            assertThat(workspace.database().reviewItems().item(anna).orElseThrow().open()).isTrue();
        }
    }

    /** A model stage's verdict store, as the language-model helper's adapter will keep it. */
    private static final class InMemoryVerdicts implements ModelVerdicts {
        private final List<ModelVerdict> verdicts = new ArrayList<>();

        @Override
        public void record(ModelVerdict verdict) {
            verdicts.add(verdict);
        }

        @Override
        public Optional<ModelVerdict> latest(RecordKey x, RecordKey y) {
            RecordKey[] ordered = io.lakefront.domain.identity.workspace.StoredPair.ordered(x, y);
            return verdicts.stream().filter(v -> v.a().equals(ordered[0]) && v.b().equals(ordered[1]))
                    .reduce((first, second) -> second);
        }
    }
}
