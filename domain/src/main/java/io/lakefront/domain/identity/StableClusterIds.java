package io.lakefront.domain.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives this run's clusters the previous run's ids where they continue: each old id goes to the
 * new cluster holding most of its members — largest overlaps first, each old id and each new
 * cluster used once — and every other cluster gets a fresh id. Ids are never reused.
 */
final class StableClusterIds {
    private StableClusterIds() {
    }

    record Outcome(long[] idOfComponent, long nextId, int kept) {
    }

    static Outcome assign(int[] componentOf, int components, RecordKey[] keys, PreviousClusters previous) {
        // overlap counts packed as (component << 32 | index of old id) -> members in common
        Map<Long, Integer> oldIndex = new HashMap<>();
        long[] oldIds = previous.assignments().values().stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        for (int i = 0; i < oldIds.length; i++) {
            oldIndex.put(oldIds[i], i);
        }
        Map<Long, Integer> overlap = new HashMap<>();
        for (int r = 0; r < keys.length; r++) {
            Long oldId = previous.assignments().get(keys[r]);
            if (oldId != null) {
                overlap.merge(((long) componentOf[r] << 32) | oldIndex.get(oldId), 1, Integer::sum);
            }
        }
        // Largest overlap first; ties go to the smaller old id, then the smaller component.
        long[][] candidates = overlap.entrySet().stream()
                .map(e -> new long[] {e.getValue(), e.getKey() >>> 32, (int) (long) e.getKey()})
                .sorted((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
                        : x[2] != y[2] ? Long.compare(x[2], y[2]) : Long.compare(x[1], y[1]))
                .toArray(long[][]::new);
        long[] idOf = new long[components];
        Arrays.fill(idOf, -1);
        boolean[] oldUsed = new boolean[oldIds.length];
        int kept = 0;
        for (long[] candidate : candidates) {
            int component = (int) candidate[1];
            int old = (int) candidate[2];
            if (idOf[component] < 0 && !oldUsed[old]) {
                idOf[component] = oldIds[old];
                oldUsed[old] = true;
                kept++;
            }
        }
        long next = previous.nextId();
        for (int c = 0; c < components; c++) {
            if (idOf[c] < 0) {
                idOf[c] = next++;
            }
        }
        return new Outcome(idOf, next, kept);
    }
}
