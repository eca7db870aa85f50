package io.lakefront.connectors.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.ThresholdAdvice;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The feedback loop measured the way issue 5 asks: fake_1000's clerical labels are split in half;
 * one half is held out, and 10%, 25% and 50% of the other half are fed to the engine as people's
 * decisions (must-link / cannot-link: constraints, labels that re-estimate m, and the threshold that
 * keeps the labelled pairs at 99% precision). The held-out half's F1 must rise over the
 * unsupervised model's at every step. Accuracy is deterministic, so this is a test, not a benchmark.
 */
class LearningCurveTest {
    private static final double TARGET_PRECISION = 0.99;
    private final IdentityEngine engine = new IdentityEngine(new CommonsStringMetrics());

    private record Label(RecordKey a, RecordKey b, boolean match) {
        LinkConstraint constraint() {
            return match ? LinkConstraint.mustLink(a, b) : LinkConstraint.cannotLink(a, b);
        }
    }

    @Test
    void feedingLabelsRaisesHeldOutF1AtEveryStep() throws IOException {
        TestData.Labelled data = TestData.fake1000();
        List<Label> labels = labels();
        Collections.shuffle(labels, new Random(42));
        List<Label> heldOut = labels.subList(0, labels.size() / 2);
        List<Label> pool = labels.subList(labels.size() / 2, labels.size());

        Map<Double, Double> curve = new LinkedHashMap<>();
        for (double share : new double[] {0, 0.10, 0.25, 0.50}) {
            List<LinkConstraint> fed = pool.subList(0, (int) Math.round(share * pool.size())).stream()
                    .map(Label::constraint).toList();
            curve.put(share, heldOutF1(resolve(data, fed), heldOut));
        }
        System.out.println("fake_1000 learning curve (share of the non-held-out labels fed -> held-out F1): " + curve);

        double unsupervised = curve.get(0.0);
        assertThat(curve.get(0.10)).isGreaterThan(unsupervised);
        assertThat(curve.get(0.25)).isGreaterThan(unsupervised);
        assertThat(curve.get(0.50)).isGreaterThan(unsupervised);
    }

    /** A run with the decisions, then again at the threshold the labels suggest (as a user would accept it). */
    private Resolution resolve(TestData.Labelled data, List<LinkConstraint> decisions) {
        IdentitySpec spec = IdentitySpec.defaults();
        Resolution first = engine.resolve(new ResolutionRequest(data.records(), spec, PreviousClusters.none(),
                decisions), TaskContext.silent());
        var advice = ThresholdAdvice.of(first, decisions, TARGET_PRECISION);
        if (advice.isEmpty()) {
            return first;
        }
        double autoMatch = advice.get().autoMatch();
        System.out.printf("  %d labels: auto-match threshold %.2f -> %.2f (labelled precision %.3f, recall %.3f)%n",
                decisions.size(), spec.thresholds().autoMatch(), autoMatch, advice.get().labelledPrecision(),
                advice.get().labelledRecall());
        IdentitySpec tuned = spec.withThresholds(new Thresholds(autoMatch, Math.min(spec.thresholds().review(),
                autoMatch)));
        return engine.resolve(new ResolutionRequest(data.records(), tuned, PreviousClusters.none(), decisions),
                TaskContext.silent());
    }

    private static double heldOutF1(Resolution resolution, List<Label> heldOut) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Label label : heldOut) {
            boolean merged = resolution.clusterOf(label.a()) == resolution.clusterOf(label.b());
            tp += merged && label.match() ? 1 : 0;
            fp += merged && !label.match() ? 1 : 0;
            fn += !merged && label.match() ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(TestData.sharedData().resolve("splink-fake").resolve("fake_1000_labels.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            labels.add(new Label(new RecordKey("fake_1000", cells[0]), new RecordKey("fake_1000", cells[2]),
                    Double.parseDouble(cells[4]) >= 0.5));
        }
        return labels;
    }
}
