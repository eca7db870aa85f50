package io.lakefront.domain.decision.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A repeatable stratified sample: every stratum gets its proportional share of the sample, but at least
 * a floor (so that a segment of forty customers in a hundred thousand still shows up in a thousand), the
 * large strata giving up the difference; within a stratum the customers with the lowest hash of
 * (seed, id) are taken, so the same seed takes the same customers and a new customer does not reshuffle
 * the others. Each sampled customer stands for {@code stratum size / stratum sample} customers.
 */
public final class StratifiedSample {
    /** The least a stratum gets, as a share of the sample (and at least {@value #MIN_FLOOR} customers). */
    static final double FLOOR_SHARE = 0.02;
    static final int MIN_FLOOR = 5;

    private StratifiedSample() {
    }

    /** One sampled customer, its stratum and its weight. */
    public record Pick(String customerId, String stratum, double weight) {
    }

    /** At most {@code size} of the customers of {@code strata} (stratum name to its customers). */
    public static List<Pick> draw(Map<String, List<String>> strata, int size, long seed) {
        Map<String, List<String>> sorted = new TreeMap<>(strata);
        sorted.values().removeIf(List::isEmpty);
        long total = sorted.values().stream().mapToLong(List::size).sum();
        Map<String, Integer> quota = allocate(sorted, total, size);
        List<Pick> picks = new ArrayList<>();
        for (Map.Entry<String, List<String>> stratum : sorted.entrySet()) {
            int take = quota.get(stratum.getKey());
            List<String> members = new ArrayList<>(stratum.getValue());
            if (take < members.size()) {
                members.sort(Comparator.comparingLong((String id) -> mix(seed, id)).thenComparing(id -> id));
            }
            double weight = (double) stratum.getValue().size() / take;
            for (int i = 0; i < take; i++) {
                picks.add(new Pick(members.get(i), stratum.getKey(), weight));
            }
        }
        picks.sort(Comparator.comparing(Pick::customerId));
        return picks;
    }

    private static Map<String, Integer> allocate(Map<String, List<String>> strata, long total, int size) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        if (total <= size) {
            strata.forEach((name, members) -> quota.put(name, members.size()));
            return quota;
        }
        int floor = Math.max(MIN_FLOOR, (int) Math.ceil(size * FLOOR_SHARE));
        int given = 0;
        long rest = 0;
        for (Map.Entry<String, List<String>> stratum : strata.entrySet()) {
            int n = stratum.getValue().size();
            int proportional = (int) Math.floor((double) size * n / total);
            int q = Math.min(n, Math.max(1, Math.max(floor, proportional)));
            quota.put(stratum.getKey(), q);
            given += q;
            if (q > floor) {
                rest += q;
            }
        }
        // The floors may overshoot the sample: the strata above their floor give up the excess in proportion.
        int excess = given - size;
        if (excess > 0 && rest > 0) {
            int removed = 0;
            for (Map.Entry<String, Integer> q : quota.entrySet()) {
                if (q.getValue() > floor) {
                    int cut = (int) Math.ceil((double) excess * q.getValue() / rest);
                    cut = Math.min(cut, Math.min(excess - removed, q.getValue() - floor));
                    q.setValue(q.getValue() - cut);
                    removed += cut;
                }
            }
        }
        return quota;
    }

    /** A 64-bit mix (SplitMix64 finaliser) of the seed and the id: a stable, well-spread order. */
    static long mix(long seed, String id) {
        long z = seed * 0x9E3779B97F4A7C15L + id.hashCode() * 0xBF58476D1CE4E5B9L + id.length();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
