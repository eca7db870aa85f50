package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components over the match edges, built strongest edge first (Kruskal order) so that
 * when a guard refuses an edge it is always the weakest one that goes: an edge is cut when it
 * would join two records someone said are different (cannot-link), or grow a cluster past the
 * size limit. Must-links join first, whatever the model said.
 */
final class Clusterer {
    private final int records;
    private final int maxClusterSize;
    private final Map<Integer, IntList> cannotLink = new HashMap<>();
    private final List<int[]> mustLink = new ArrayList<>();

    Clusterer(int records, int maxClusterSize) {
        this.records = records;
        this.maxClusterSize = maxClusterSize;
    }

    void mustLink(int a, int b) {
        mustLink.add(new int[] {a, b});
    }

    void cannotLink(int a, int b) {
        cannotLink.computeIfAbsent(a, x -> new IntList()).add(b);
        cannotLink.computeIfAbsent(b, x -> new IntList()).add(a);
    }

    record Outcome(int[] componentOf, int components, int edgesCut, List<String> conflicts) {
    }

    /** {@code strength[e]} orders the edges {@code a[e]–b[e]}; stronger edges join first. */
    Outcome cluster(int[] a, int[] b, double[] strength) {
        UnionFind sets = new UnionFind(records);
        // Per root, its members that take part in a cannot-link (few): merged along with the sets.
        Map<Integer, IntList> constrainedMembers = new HashMap<>();
        for (int record : cannotLink.keySet()) {
            constrainedMembers.computeIfAbsent(record, x -> new IntList()).add(record);
        }
        List<String> conflicts = new ArrayList<>();
        for (int[] link : mustLink) {
            int rootA = sets.find(link[0]);
            int rootB = sets.find(link[1]);
            if (rootA == rootB) {
                continue;
            }
            if (forbidden(sets, constrainedMembers, rootA, rootB)) {
                conflicts.add("must-link " + link[0] + "-" + link[1] + " contradicts a cannot-link; cannot-link wins");
                continue;
            }
            join(sets, constrainedMembers, rootA, rootB);
        }
        int edgesCut = 0;
        for (int e : strongestFirst(strength)) {
            int rootA = sets.find(a[e]);
            int rootB = sets.find(b[e]);
            if (rootA == rootB) {
                continue;
            }
            if (sets.size(rootA) + sets.size(rootB) > maxClusterSize
                    || forbidden(sets, constrainedMembers, rootA, rootB)) {
                edgesCut++;
                continue;
            }
            join(sets, constrainedMembers, rootA, rootB);
        }
        int[] componentOf = new int[records];
        int[] componentOfRoot = new int[records];
        Arrays.fill(componentOfRoot, -1);
        int components = 0;
        for (int r = 0; r < records; r++) {
            int root = sets.find(r);
            if (componentOfRoot[root] < 0) {
                componentOfRoot[root] = components++;
            }
            componentOf[r] = componentOfRoot[root];
        }
        return new Outcome(componentOf, components, edgesCut, conflicts);
    }

    private boolean forbidden(UnionFind sets, Map<Integer, IntList> constrainedMembers, int rootA, int rootB) {
        IntList members = constrainedMembers.get(rootA);
        if (members == null || !constrainedMembers.containsKey(rootB)) {
            return false;
        }
        for (int i = 0; i < members.size(); i++) {
            IntList partners = cannotLink.get(members.get(i));
            for (int j = 0; j < partners.size(); j++) {
                if (sets.find(partners.get(j)) == rootB) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void join(UnionFind sets, Map<Integer, IntList> constrainedMembers, int rootA, int rootB) {
        int root = sets.union(rootA, rootB);
        int other = root == rootA ? rootB : rootA;
        IntList moved = constrainedMembers.remove(other);
        if (moved != null) {
            IntList target = constrainedMembers.computeIfAbsent(root, x -> new IntList());
            for (int i = 0; i < moved.size(); i++) {
                target.add(moved.get(i));
            }
        }
    }

    /** Edge indices by descending strength, ties by index; sorted as packed primitive longs. */
    static int[] strongestFirst(double[] strength) {
        long[] keys = new long[strength.length];
        for (int e = 0; e < strength.length; e++) {
            int bits = Float.floatToIntBits((float) strength[e]);
            int ascending = bits ^ ((bits >> 31) & 0x7fffffff);
            keys[e] = ((long) ~ascending << 32) | e;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
