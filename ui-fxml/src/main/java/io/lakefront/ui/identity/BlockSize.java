package io.lakefront.ui.identity;

/**
 * One block of a blocking rule: the records that share its key and are compared pairwise.
 *
 * @param skipped true when the block is larger than the guard's limit, so the engine compared none of it
 */
public record BlockSize(String rule, String key, int records, boolean skipped) {
    /** The comparisons a block of this size costs: every pair of its records. */
    public long pairs() {
        return (long) records * (records - 1) / 2;
    }
}
