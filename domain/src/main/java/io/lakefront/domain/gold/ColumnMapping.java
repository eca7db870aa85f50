package io.lakefront.domain.gold;

import io.lakefront.domain.prep.ColumnTag;

/**
 * One source column's place in the gold table: where it goes, where its tag proposed it should go,
 * and whether gold.yaml chose the place ({@code chosen}) rather than the proposal.
 */
public record ColumnMapping(String column, ColumnTag tag, GoldTarget target, GoldTarget proposed, boolean chosen) {
}
