package io.lakefront.domain.identity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.task.TaskContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewWithModelTest {
    private static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);

    private final ReviewPorts ports = new ReviewPorts();
    private final List<PairForReview> asked = new ArrayList<>();

    @BeforeEach
    void configure() {
        ports.settings = ModelReviewSettings.none()
                .withProvider(ModelReviewSettings.Provider.OPENAI_COMPATIBLE, "http://localhost:1/v1", "tiny")
                .withLimits(Duration.ofSeconds(5), 2, 10, 0.8);
        ports.item(1, ReviewPorts.person("1", "Anna", "Berg", "1980-02-03", "anna@x.org"),
                ReviewPorts.person("2", "Ana", "Berg", "1980-02-03", "ANNA@x.org "));
        ports.item(2, ReviewPorts.person("3", "Bo", "Lind", "1975-01-01", "bo@x.org"),
                ReviewPorts.person("4", "Bo", "Lund", "1991-05-05", "b.l@y.org"));
    }

    /** Answers by given names: same first letter = same person, with the confidence given. */
    private PairReviewer reviewer(Verdict same, double confidence) {
        return new PairReviewer() {
            @Override public String model() { return "openai/tiny"; }
            @Override public ModelVerdict review(PairForReview pair) {
                asked.add(pair);
                boolean alike = pair.recordA().get("family_name").equals(pair.recordB().get("family_name"));
                return new ModelVerdict(pair.a(), pair.b(), alike ? same : Verdict.DIFFERENT, confidence, "because",
                        model(), Instant.EPOCH);
            }
        };
    }

    @Test
    void confidentVerdictsSettleTheItemsAsTheModelWithTheRationaleInTheAudit() {
        ReviewWithModel.Summary summary = ports.useCase(reviewer(Verdict.SAME, 0.93))
                .review(STEWARD, 100, TaskContext.silent());

        assertThat(summary.asked()).isEqualTo(2);
        assertThat(summary.same()).isEqualTo(1);
        assertThat(summary.different()).isEqualTo(1);
        assertThat(summary.settled()).isEqualTo(2);
        assertThat(summary.leftForPeople()).isZero();
        assertThat(ports.decisions).extracting(LinkDecision::kind)
                .containsExactly(LinkDecision.Kind.MUST_LINK, LinkDecision.Kind.CANNOT_LINK);
        assertThat(ports.decisions).allSatisfy(d -> assertThat(d.decidedBy()).isEqualTo("model:openai/tiny"));
        assertThat(ports.decisions.get(0).reviewItem()).isEqualTo(1L);
        assertThat(ports.decisions.get(0).reason()).isEqualTo("same, confidence 0.93: because");
        assertThat(ports.settledBy).containsEntry(1L, "model:openai/tiny").containsEntry(2L, "model:openai/tiny");
        assertThat(ports.audit).extracting(e -> e.action())
                .containsExactly("identity.link_decided", "identity.link_decided", "identity.model_review");
        assertThat(ports.cache).hasSize(2);
    }

    @Test
    void unsureAndLowConfidenceVerdictsStayOpenForPeople() {
        ReviewWithModel.Summary unsure = ports.useCase(reviewer(Verdict.UNSURE, 0.99))
                .review(STEWARD, 100, TaskContext.silent());
        assertThat(unsure.unsure()).isEqualTo(1);
        assertThat(unsure.settled()).isEqualTo(1);
        assertThat(unsure.leftForPeople()).isEqualTo(1);
        assertThat(ports.open).containsOnlyKeys(1L);

        ports.cache.clear();
        ReviewWithModel.Summary low = ports.useCase(reviewer(Verdict.SAME, 0.79)).review(STEWARD, 100, TaskContext.silent());
        assertThat(low.same()).isEqualTo(1);
        assertThat(low.settled()).isZero();
        assertThat(ports.open).containsOnlyKeys(1L);
    }

    @Test
    void onlyWhatThePolicyAllowsReachesTheReviewerAndTheWaterfallCarriesNoValues() {
        ports.useCase(reviewer(Verdict.UNSURE, 0.5)).review(STEWARD, 1, TaskContext.silent());

        PairForReview pair = asked.get(0);
        assertThat(pair.recordA()).containsOnlyKeys("given_name", "family_name", "birth_date", "email");
        assertThat(pair.recordA().get("birth_date")).isEqualTo("1980-**-**");
        assertThat(pair.recordA().get("email")).startsWith("sha256:").isEqualTo(pair.recordB().get("email"));
        assertThat(pair.toString()).doesNotContain("anna@x.org").doesNotContain("Secret Lane").doesNotContain("02-03");
        assertThat(pair.evidence()).extracting(PairForReview.Evidence::weight).containsExactly(3.5, -2.0);
        assertThat(ports.secrets).containsKey(ModelReviewSettings.HASH_SALT_SECRET);
    }

    @Test
    void theSameQuestionIsAnsweredFromTheCacheAndTheBudgetCapsCalls() {
        ports.settings = ports.settings.withLimits(Duration.ofSeconds(5), 2, 1, 0.8);
        ReviewWithModel.Summary first = ports.useCase(reviewer(Verdict.UNSURE, 0.5)).review(STEWARD, 100, TaskContext.silent());
        assertThat(first.asked()).isEqualTo(1);
        assertThat(first.overBudget()).isEqualTo(1);
        assertThat(asked).hasSize(1);

        ReviewWithModel.Summary second = ports.useCase(reviewer(Verdict.UNSURE, 0.5)).review(STEWARD, 100, TaskContext.silent());
        assertThat(second.cached()).isEqualTo(1);
        assertThat(second.asked()).isEqualTo(2);
        assertThat(asked).hasSize(2);
        assertThat(second.overBudget()).isZero();
    }

    @Test
    void aFailedReviewLeavesThePairForPeople() {
        PairReviewer failing = new PairReviewer() {
            @Override public String model() { return "openai/tiny"; }
            @Override public ModelVerdict review(PairForReview pair) {
                throw new ReviewFailed("no valid answer", 2, null);
            }
        };
        ReviewWithModel.Summary summary = ports.useCase(failing).review(STEWARD, 100, TaskContext.silent());
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.leftForPeople()).isEqualTo(2);
        assertThat(ports.decisions).isEmpty();
        assertThat(ports.cache).isEmpty();
    }

    @Test
    void withoutAModelOrPermissionNothingIsAsked() {
        ports.settings = ModelReviewSettings.none();
        assertThatThrownBy(() -> ports.useCase(reviewer(Verdict.SAME, 1)).review(STEWARD, 10, TaskContext.silent()))
                .isInstanceOf(UserError.class).hasMessageContaining("goes straight to people");
        assertThatThrownBy(() -> ports.useCase(reviewer(Verdict.SAME, 1))
                .review(Actor.of("mia", Role.MARKETER), 10, TaskContext.silent()))
                .isInstanceOf(PermissionDenied.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void cancellingStopsBeforeTheNextPair() {
        ports.settings = ports.settings.withLimits(Duration.ofSeconds(5), 2, 10, 0.8);
        TaskContext cancelled = new TaskContext() {
            @Override public void progress(long done, long total) { }
            @Override public void message(String text) { }
            @Override public boolean cancelled() { return true; }
        };
        assertThatThrownBy(() -> ports.useCase(reviewer(Verdict.SAME, 1)).review(STEWARD, 10, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void dataPolicyMasksHashesAndDropsUnknownFields() {
        DataPolicy policy = DataPolicy.defaults().with("given_name", FieldPolicy.MASK);
        Map<String, String> sent = policy.apply(Map.of("given_name", "Zoë", "phone", "+4612345", "loyalty", "77"), "s");
        assertThat(sent).containsOnlyKeys("given_name", "phone");
        assertThat(sent.get("given_name")).isEqualTo("Z**");
        assertThat(sent.get("phone")).isNotEqualTo(DataPolicy.hash("+4612345", "t")).startsWith("sha256:");
    }
}
