package io.lakefront.connectors.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.MatchBand;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Re-runs, people's decisions and generic values on FEBRL dataset1, with the real metrics. */
class ReRunAndGuardsTest {
    private static final IdentityEngine ENGINE = new IdentityEngine(new CommonsStringMetrics());
    private static TestData.Labelled data;
    private static Resolution first;

    @BeforeAll
    static void resolveOnce() throws IOException {
        data = TestData.febrl("dataset1.csv");
        first = run(data.records(), PreviousClusters.none(), List.of());
    }

    private static Resolution run(List<PersonRecord> records, PreviousClusters previous, List<LinkConstraint> links) {
        return ENGINE.resolve(new ResolutionRequest(records, IdentitySpec.defaults(), previous, links),
                TaskContext.silent());
    }

    @Test
    void aReRunWithAChangedRecordKeepsEveryClusterId() {
        List<PersonRecord> changed = new ArrayList<>(data.records());
        PersonRecord record = changed.get(10);
        Map<String, String> fields = new HashMap<>(record.fields());
        fields.put(StandardFields.CITY, "somewhere else");
        changed.set(10, new PersonRecord(record.source(), record.recordId(), fields));

        Resolution second = run(changed, first.asPrevious(), List.of());

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.nextClusterId()).isEqualTo(first.nextClusterId());
    }

    @Test
    void aCannotLinkSplitsAMatchedPairAndTheSplitOffPartGetsAFreshId() {
        int match = firstMatch(first);
        RecordKey a = first.pairs().recordA(match);
        RecordKey b = first.pairs().recordB(match);

        Resolution second = run(data.records(), first.asPrevious(), List.of(LinkConstraint.cannotLink(a, b)));

        assertThat(second.clusterOf(a)).isNotEqualTo(second.clusterOf(b));
        assertThat(List.of(second.clusterOf(a), second.clusterOf(b))).contains(first.clusterOf(a));
        assertThat(Math.max(second.clusterOf(a), second.clusterOf(b))).isGreaterThanOrEqualTo(first.nextClusterId());
    }

    @Test
    void fiftyRecordsSharingTestAtTestDotComStaySeparatePeople() {
        List<PersonRecord> records = new ArrayList<>(data.records());
        for (int i = 0; i < 50; i++) {
            PersonRecord original = data.records().get(i * 7);
            Map<String, String> fields = new HashMap<>(original.fields());
            fields.put(StandardFields.EMAIL, "test@test.com");
            records.set(i * 7, new PersonRecord(original.source(), original.recordId(), fields));
        }
        Resolution resolution = run(records, PreviousClusters.none(), List.of());

        int largest = resolution.clusters().stream().mapToInt(c -> c.members().size()).max().orElseThrow();
        int largestBefore = first.clusters().stream().mapToInt(c -> c.members().size()).max().orElseThrow();
        assertThat(largest).isEqualTo(largestBefore);
        assertThat(resolution.clusters()).hasSameSizeAs(first.clusters());
    }

    @Test
    void everyMatchIsExplainedByAWaterfallThatAddsUp() {
        int match = firstMatch(first);
        var waterfall = first.explain(first.pairs().recordA(match), first.pairs().recordB(match));
        double sum = waterfall.steps().stream().mapToDouble(step -> step.total()).sum();
        assertThat(sum).isCloseTo(first.pairs().matchWeight(match), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(waterfall.band()).isEqualTo(MatchBand.MATCH);
    }

    private static int firstMatch(Resolution resolution) {
        for (int i = 0; i < resolution.pairs().size(); i++) {
            if (resolution.pairs().band(i) == MatchBand.MATCH) {
                return i;
            }
        }
        throw new AssertionError("no match in the run");
    }
}
