package io.lakefront.domain.identity;

/**
 * How often each value of a field occurs among a run's records, for term-frequency adjustments:
 * read from the field's {@link Column}, so no second map of values is built.
 */
final class ValueFrequencies {
    static final ValueFrequencies NONE = new ValueFrequencies(null, new int[0], 0);

    private final Column column;
    private final int[] counts;
    private final int seen;

    private ValueFrequencies(Column column, int[] counts, int seen) {
        this.column = column;
        this.counts = counts;
        this.seen = seen;
    }

    static ValueFrequencies of(Column column) {
        return new ValueFrequencies(column, column.counts(), column.present());
    }

    /** Records holding this normalized value; 0 for a value the run did not see. */
    int count(String value) {
        if (column == null || value == null) {
            return 0;
        }
        int id = column.idOf(value);
        return id < 0 || id >= counts.length ? 0 : counts[id];
    }

    /** Records holding any value. */
    int seen() {
        return seen;
    }
}
