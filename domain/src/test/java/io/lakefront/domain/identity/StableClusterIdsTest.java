package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StableClusterIdsTest {
    private static RecordKey key(String id) {
        return new RecordKey("s", id);
    }

    private final RecordKey[] keys = {key("a"), key("b"), key("c"), key("d"), key("e")};

    @Test
    void whenAClusterSplitsThePartWithMostMembersKeepsTheIdAndTheOtherGetsAFreshOne() {
        PreviousClusters previous = new PreviousClusters(Map.of(key("a"), 10L, key("b"), 10L, key("c"), 10L,
                key("d"), 11L, key("e"), 11L), 12);
        // new: {a} {b,c} {d,e}
        StableClusterIds.Outcome outcome = StableClusterIds.assign(new int[] {0, 1, 1, 2, 2}, 3, keys, previous);
        assertThat(outcome.idOfComponent()).containsExactly(12L, 10L, 11L);
        assertThat(outcome.nextId()).isEqualTo(13);
    }

    @Test
    void whenTwoClustersMergeTheLargerOnesIdSurvivesAndTheOtherIsRetiredForGood() {
        PreviousClusters previous = new PreviousClusters(Map.of(key("a"), 10L, key("b"), 11L, key("c"), 11L,
                key("d"), 12L, key("e"), 13L), 14);
        // new: {a,b,c} {d} {e}
        StableClusterIds.Outcome merged = StableClusterIds.assign(new int[] {0, 0, 0, 1, 2}, 3, keys, previous);
        assertThat(merged.idOfComponent()).containsExactly(11L, 12L, 13L);

        // next run splits a off again: it must not get 10 back, ids are never reused
        PreviousClusters after = new PreviousClusters(Map.of(key("a"), 11L, key("b"), 11L, key("c"), 11L,
                key("d"), 12L, key("e"), 13L), merged.nextId());
        StableClusterIds.Outcome split = StableClusterIds.assign(new int[] {0, 1, 1, 2, 3}, 4, keys, after);
        assertThat(split.idOfComponent()).containsExactly(14L, 11L, 12L, 13L);
    }

    @Test
    void eachOldIdGoesToOneClusterOnly() {
        PreviousClusters previous = new PreviousClusters(Map.of(key("a"), 5L, key("b"), 5L, key("c"), 5L,
                key("d"), 5L), 6);
        // {a,b} {c,d} {e}: a tie; the first cluster keeps 5, the second gets a fresh id
        StableClusterIds.Outcome outcome = StableClusterIds.assign(new int[] {0, 0, 1, 1, 2}, 3, keys, previous);
        assertThat(outcome.idOfComponent()).containsExactly(5L, 6L, 7L);
        assertThat(outcome.kept()).isEqualTo(1);
    }
}
