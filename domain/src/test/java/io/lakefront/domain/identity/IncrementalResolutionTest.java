package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** New and changed records resolved against a base come out as a full run would put them. */
class IncrementalResolutionTest {
    private final IdentityEngine engine = new IdentityEngine(new PlainStringMetrics());
    private final People.Population population = People.generate(400, 21);

    private Resolution full(List<PersonRecord> records, List<LinkConstraint> constraints) {
        return engine.resolve(new ResolutionRequest(records, IdentitySpec.defaults(), PreviousClusters.none(),
                constraints), TaskContext.silent());
    }

    /** The base: every person's first record and a third of the second ones; the rest is added later. */
    private List<List<PersonRecord>> split() {
        List<PersonRecord> base = new ArrayList<>();
        List<PersonRecord> later = new ArrayList<>();
        for (PersonRecord record : population.records()) {
            boolean second = record.recordId().endsWith("b");
            int person = population.personOf().get(record.recordId());
            (second && person % 3 != 0 || person >= 360 ? later : base).add(record);
        }
        return List.of(base, later);
    }

    /** Pairwise agreement of two clusterings of the same records (F1 with the first as truth). */
    private static double agreement(Map<RecordKey, Long> truth, Map<RecordKey, Long> other) {
        assertThat(other.keySet()).isEqualTo(truth.keySet());
        return PairwiseAccuracy.of(other, key -> String.valueOf(truth.get(key))).f1();
    }

    @Test
    void addedRecordsJoinTheirPeopleAsInAFullRunAndUntouchedClustersKeepTheirIds() {
        List<List<PersonRecord>> parts = split();
        Resolution base = full(parts.get(0), List.of());
        Resolution incremental = engine.resolveIncremental(base, IncrementalRequest.of(parts.get(1), base),
                TaskContext.silent());
        Resolution whole = full(population.records(), List.of());

        assertThat(incremental.recordCount()).isEqualTo(population.records().size());
        assertThat(agreement(whole.assignments(), incremental.assignments())).isGreaterThanOrEqualTo(0.99);
        // Second records join the first record of their person.
        for (PersonRecord added : parts.get(1)) {
            String id = added.recordId();
            if (id.endsWith("b") && population.personOf().get(id) < 360) {
                RecordKey first = new RecordKey(added.source(), id.substring(0, id.length() - 1) + "a");
                assertThat(incremental.clusterOf(added.key())).as(id).isEqualTo(base.clusterOf(first));
            }
        }
        // A base cluster no new record reached keeps its id; new people get ids never used before.
        long kept = base.assignments().entrySet().stream()
                .filter(e -> incremental.clusterOf(e.getKey()) == e.getValue()).count();
        assertThat(kept).isEqualTo(base.assignments().size());
        for (PersonRecord added : parts.get(1)) {
            if (population.personOf().get(added.recordId()) >= 360) {
                assertThat(incremental.clusterOf(added.key())).isGreaterThanOrEqualTo(base.nextClusterId());
            }
        }
        assertThat(incremental.diagnostics().candidatePairs()).isPositive()
                .isLessThan(whole.diagnostics().candidatePairs());
    }

    @Test
    void aChangedRecordReplacesItsBaseVersionAndLeavesItsOldCluster() {
        Resolution base = full(population.records(), List.of());
        PersonRecord original = population.records().stream()
                .filter(r -> r.recordId().endsWith("b")).findFirst().orElseThrow();
        RecordKey first = new RecordKey(original.source(), original.recordId().replace("b", "a"));
        assertThat(base.clusterOf(original.key())).isEqualTo(base.clusterOf(first));

        Map<String, String> moved = new HashMap<>();
        moved.put(StandardFields.GIVEN_NAME, "zebulon");
        moved.put(StandardFields.FAMILY_NAME, "quackenbush");
        moved.put(StandardFields.BIRTH_DATE, "1901-02-03");
        PersonRecord changed = new PersonRecord(original.source(), original.recordId(), moved);
        Resolution incremental = engine.resolveIncremental(base, IncrementalRequest.of(List.of(changed), base),
                TaskContext.silent());

        assertThat(incremental.recordCount()).isEqualTo(base.recordCount());
        assertThat(incremental.clusterOf(changed.key())).isNotEqualTo(incremental.clusterOf(first));
        assertThat(incremental.clusterOf(first)).isEqualTo(base.clusterOf(first));
        assertThat(incremental.explain(changed.key(), first).steps())
                .anySatisfy(step -> assertThat(step.valueA()).isEqualTo("quackenbush"));
        assertThat(incremental.pairs().size()).isLessThanOrEqualTo(base.pairs().size()
                + (int) incremental.diagnostics().candidatePairs());
        for (int i = 0; i < incremental.pairs().size(); i++) {
            if (incremental.pairs().recordA(i).equals(changed.key()) || incremental.pairs().recordB(i).equals(changed.key())) {
                assertThat(incremental.explain(incremental.pairs().recordA(i), incremental.pairs().recordB(i))
                        .matchWeight()).isCloseTo(incremental.pairs().matchWeight(i), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void peoplesDecisionsHoldForAddedRecordsAndAcrossIncrements() {
        List<List<PersonRecord>> parts = split();
        Resolution base = full(parts.get(0), List.of());
        PersonRecord second = parts.get(1).stream()
                .filter(r -> r.recordId().endsWith("b") && population.personOf().get(r.recordId()) < 360)
                .findFirst().orElseThrow();
        RecordKey itsFirst = new RecordKey(second.source(), second.recordId().replace("b", "a"));
        RecordKey stranger = parts.get(0).get(parts.get(0).size() - 1).key();
        List<LinkConstraint> decisions = List.of(LinkConstraint.cannotLink(second.key(), itsFirst),
                LinkConstraint.mustLink(second.key(), stranger));

        Resolution incremental = engine.resolveIncremental(base, new IncrementalRequest(parts.get(1), decisions),
                TaskContext.silent());
        assertThat(incremental.clusterOf(second.key())).isNotEqualTo(incremental.clusterOf(itsFirst))
                .isEqualTo(incremental.clusterOf(stranger));
        assertThat(incremental.explainCluster(incremental.clusterOf(stranger)).edges())
                .anySatisfy(edge -> assertThat(edge.reason()).isEqualTo(ClusterEdge.MUST_LINK));

        // Dropping the decisions in a later increment lets the model's match stand again.
        Resolution next = engine.resolveIncremental(incremental, new IncrementalRequest(List.of(), List.of()),
                TaskContext.silent());
        assertThat(next.clusterOf(second.key())).isEqualTo(next.clusterOf(itsFirst))
                .isNotEqualTo(next.clusterOf(stranger));
        assertThat(agreement(full(population.records(), List.of()).assignments(), next.assignments()))
                .isGreaterThanOrEqualTo(0.99);
    }
}
