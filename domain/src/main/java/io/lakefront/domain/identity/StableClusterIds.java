package io.lakefront.domain.identity;

import java.util.Arrays;

/**
 * Gives this run's clusters the previous run's ids where they continue: each old id goes to the
 * new cluster holding most of its members — largest overlaps first, each old id and each new
 * cluster used once — and every other cluster gets a fresh id. Ids are never reused. Overlaps are
 * counted by sorting packed (old id, cluster) pairs, so a million records need no map of maps.
 */
final class StableClusterIds {
    private static final long NONE = -1;
    /** Old ids and clusters are packed in 21 bits each, overlaps (at most the record count) in 22. */
    private static final int FIELD = (1 << 21) - 1;
    private static final long OVERLAP = (1L << 22) - 1;

    private StableClusterIds() {
    }

    record Outcome(long[] idOfComponent, long nextId, int kept) {
    }

    static Outcome assign(int[] componentOf, int components, RecordKey[] keys, PreviousClusters previous) {
        long[] previousId = new long[keys.length];
        for (int r = 0; r < keys.length; r++) {
            Long id = previous.assignments().get(keys[r]);
            previousId[r] = id == null ? NONE : id;
        }
        return assign(componentOf, components, previousId, previous.nextId());
    }

    /**
     * @param previousId each record's cluster id in the previous run, or -1 for a record it did not have
     */
    static Outcome assign(int[] componentOf, int components, long[] previousId, long nextId) {
        long[] oldIds = Arrays.stream(previousId).filter(id -> id != NONE).distinct().sorted().toArray();
        // (old id index << 32 | component) per record that had an id; runs of equal values are overlaps.
        long[] pairs = new long[previousId.length];
        int count = 0;
        for (int r = 0; r < previousId.length; r++) {
            if (previousId[r] != NONE) {
                pairs[count++] = (long) Arrays.binarySearch(oldIds, previousId[r]) << 32 | componentOf[r];
            }
        }
        Arrays.parallelSort(pairs, 0, count);
        // Candidates as (overlap desc, old index asc, component asc), packed for a primitive sort.
        long[] idOf = new long[components];
        Arrays.fill(idOf, NONE);
        if (oldIds.length > FIELD || components > FIELD || count > FIELD) {
            return assignBoxed(pairs, count, oldIds, idOf, nextId);
        }
        long[] candidates = new long[count];
        int distinct = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && pairs[j] == pairs[i]) {
                j++;
            }
            int old = (int) (pairs[i] >>> 32);
            int component = (int) pairs[i];
            candidates[distinct++] = (long) (OVERLAP - (j - i)) << 42 | (long) old << 21 | component;
            i = j;
        }
        Arrays.parallelSort(candidates, 0, distinct);
        boolean[] oldUsed = new boolean[oldIds.length];
        int kept = 0;
        for (int i = 0; i < distinct; i++) {
            int old = (int) (candidates[i] >>> 21 & 0x1FFFFF);
            int component = (int) (candidates[i] & 0x1FFFFF);
            if (idOf[component] == NONE && !oldUsed[old]) {
                idOf[component] = oldIds[old];
                oldUsed[old] = true;
                kept++;
            }
        }
        return fresh(idOf, nextId, kept);
    }

    /** The same choice for runs too large to pack (over two million clusters or records), with a comparator. */
    private static Outcome assignBoxed(long[] pairs, int count, long[] oldIds, long[] idOf, long nextId) {
        java.util.List<long[]> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && pairs[j] == pairs[i]) {
                j++;
            }
            candidates.add(new long[] {j - i, pairs[i] >>> 32, (int) pairs[i]});
            i = j;
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
                : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
        boolean[] oldUsed = new boolean[oldIds.length];
        int kept = 0;
        for (long[] candidate : candidates) {
            int old = (int) candidate[1];
            int component = (int) candidate[2];
            if (idOf[component] == NONE && !oldUsed[old]) {
                idOf[component] = oldIds[old];
                oldUsed[old] = true;
                kept++;
            }
        }
        return fresh(idOf, nextId, kept);
    }

    private static Outcome fresh(long[] idOf, long nextId, int kept) {
        long next = nextId;
        for (int c = 0; c < idOf.length; c++) {
            if (idOf[c] == NONE) {
                idOf[c] = next++;
            }
        }
        return new Outcome(idOf, next, kept);
    }
}
