package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds deterministic rules that people's decisions support: exact agreement on one to three of the
 * specification's fields that settles many labelled matches and (almost) no labelled non-matches, with
 * what each would change in the run. It reads the run's own normalized values, so a rule found here
 * agrees with the engine on what "the same phone" means, generic and over-shared values included.
 * Statistics only: no model is asked.
 */
public final class RuleMining {
    /** Fewest labelled matches a rule must settle to be proposed. */
    public static final int DEFAULT_MIN_SUPPORT = 5;
    /** Highest share of wrongly settled labelled pairs a proposed rule may have. */
    public static final double MAX_ERROR_RATE = 0.01;
    /** Most fields a proposed rule keys on. */
    public static final int MAX_FIELDS = 3;
    /**
     * Largest share of the pairs a rule settles that the run keeps apart. Labels are few and picked for
     * being hard; on every other pair the run's own clusters are the evidence, so a rule that mostly
     * agrees with them and adds a few merges is proposed, one that would merge namesakes by the hundred
     * ("same given name") is not, however clean its labels.
     */
    public static final double MAX_NEW_SHARE = 0.05;
    private static final int SAMPLES = 3;
    private static final int NONE = -1;

    /**
     * A rule the labels support, and its impact on the run.
     *
     * @param support         labelled matches (must-links) it settles
     * @param errors          labelled non-matches (cannot-links) it would merge
     * @param settledPairs    pairs of the run's records it settles, in one cluster already or not
     * @param newPairs        pairs it settles whose records the run keeps in different clusters
     * @param fromReview      of those, pairs the run scored in the review band
     * @param fromNonMatch    of those, pairs the run scored as non-matches
     * @param clustersJoined  clusters that would disappear into others
     * @param largestCluster  records in the largest cluster it would touch, after the merges
     * @param samples         a few of the new pairs (review-band pairs first)
     * @param crowdedValue    the value it keys on that most records share, within the guard
     * @param ignoredValues   values shared by more records than {@link Guards#maxSharedValue()}: ignored
     */
    public record Candidate(DeterministicRule rule, int support, int errors, long settledPairs, int newPairs, int fromReview,
                            int fromNonMatch, int clustersJoined, int largestCluster, List<RecordKey[]> samples,
                            SharedValue crowdedValue, int ignoredValues) {
        public Candidate {
            Objects.requireNonNull(rule, "rule");
            samples = List.copyOf(samples);
        }
    }

    private RuleMining() {
    }

    /**
     * The rules worth proposing, best first (most support, then fewest fields).
     *
     * @param labels     decisions in force; pairs with a record outside the run are ignored
     * @param minSupport fewest labelled matches a rule must settle
     * @param limit      most candidates returned
     */
    public static List<Candidate> propose(Resolution resolution, List<LinkConstraint> labels, int minSupport,
                                          int limit) {
        return propose(resolution, labels, List.of(), minSupport, limit);
    }

    /**
     * @param saved rules saved since the run (the rules file now), which are not proposed either
     */
    public static List<Candidate> propose(Resolution resolution, List<LinkConstraint> labels,
                                          List<DeterministicRule> saved, int minSupport, int limit) {
        if (minSupport < 1) {
            throw new IllegalArgumentException("a rule needs a minimum support of at least 1, got " + minSupport);
        }
        IdentitySpec spec = resolution.spec();
        PreparedRecords records = resolution.records();
        boolean[] replaced = resolution.replaced();
        List<String> fields = fieldsOf(spec, records);
        if (fields.isEmpty()) {
            return List.of();
        }
        int[][] ids = new int[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            ids[f] = records.column(fields.get(f)).ids();
        }
        List<int[]> matches = new ArrayList<>();
        List<int[]> nonMatches = new ArrayList<>();
        for (LinkConstraint label : labels) {
            int a = records.idOf(label.a());
            int b = records.idOf(label.b());
            if (a < 0 || b < 0 || replaced != null && (replaced[a] || replaced[b])) {
                continue;
            }
            int mask = 0;
            for (int f = 0; f < fields.size(); f++) {
                if (ids[f][a] != Column.MISSING && ids[f][a] == ids[f][b]) {
                    mask |= 1 << f;
                }
            }
            (label.kind() == LinkConstraint.Kind.MUST_LINK ? matches : nonMatches).add(new int[] {a, b, mask});
        }
        Set<Set<String>> existing = new HashSet<>();
        spec.deterministicRules().forEach(rule -> existing.add(Set.copyOf(rule.fields())));
        saved.forEach(rule -> existing.add(Set.copyOf(rule.fields())));
        List<Integer> subsets = subsets(fields.size());
        List<Integer> kept = new ArrayList<>();
        Set<String> names = new HashSet<>();
        spec.deterministicRules().forEach(rule -> names.add(rule.name()));
        saved.forEach(rule -> names.add(rule.name()));
        Impact impact = new Impact(resolution);
        List<Candidate> candidates = new ArrayList<>();
        for (int subset : subsets) {
            Set<String> named = namesOf(subset, fields);
            if (existing.stream().anyMatch(named::containsAll)
                    || kept.stream().anyMatch(smaller -> (smaller & subset) == smaller)) {
                continue; // an existing or simpler rule already settles every pair this one would
            }
            if (countAgreeing(matches, subset) < minSupport) {
                continue; // cheap bound from the labels alone: the guard can only lower support
            }
            Blocks blocks = Blocks.of(subset, ids, replaced, spec.guards().maxSharedValue());
            int support = countSettled(matches, blocks);
            int errors = countSettled(nonMatches, blocks);
            if (support < minSupport || errors > 0 && errors >= MAX_ERROR_RATE * (support + errors)) {
                continue;
            }
            List<String> ruleFields = fieldsIn(subset, fields);
            DeterministicRule rule = new DeterministicRule(uniqueName(nameOf(ruleFields), names), ruleFields);
            Candidate candidate = impact.of(rule, blocks, support, errors);
            if (candidate.newPairs() <= MAX_NEW_SHARE * candidate.settledPairs()) {
                kept.add(subset);
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::support).reversed()
                .thenComparingInt(c -> c.rule().fields().size())
                .thenComparing(c -> c.rule().name()));
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    /** A readable name: "same phone and birth date". */
    public static String nameOf(List<String> fields) {
        List<String> words = fields.stream().map(field -> field.replace('_', ' ')).toList();
        if (words.size() == 1) {
            return "same " + words.get(0);
        }
        return "same " + String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    /** The comparisons' fields that were prepared and hold a value somewhere, in the spec's order. */
    private static List<String> fieldsOf(IdentitySpec spec, PreparedRecords records) {
        Set<String> fields = new LinkedHashSet<>();
        for (Comparison comparison : spec.comparisons()) {
            if (records.fieldIndex(comparison.field()) >= 0
                    && Arrays.stream(records.column(comparison.field()).ids()).anyMatch(id -> id != Column.MISSING)) {
                fields.add(comparison.field());
            }
        }
        return new ArrayList<>(fields).subList(0, Math.min(fields.size(), 30));
    }

    /** Every set of one to three fields as a bit mask, smaller sets first. */
    private static List<Integer> subsets(int fields) {
        List<Integer> subsets = new ArrayList<>();
        for (int size = 1; size <= MAX_FIELDS; size++) {
            for (int mask = 1; mask < 1 << fields; mask++) {
                if (Integer.bitCount(mask) == size) {
                    subsets.add(mask);
                }
            }
        }
        return subsets;
    }

    private static Set<String> namesOf(int subset, List<String> fields) {
        return Set.copyOf(fieldsIn(subset, fields));
    }

    private static List<String> fieldsIn(int subset, List<String> fields) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if ((subset & 1 << f) != 0) {
                names.add(fields.get(f));
            }
        }
        return names;
    }

    private static int countAgreeing(List<int[]> pairs, int subset) {
        int count = 0;
        for (int[] pair : pairs) {
            if ((pair[2] & subset) == subset) {
                count++;
            }
        }
        return count;
    }

    private static int countSettled(List<int[]> pairs, Blocks blocks) {
        int count = 0;
        for (int[] pair : pairs) {
            if (blocks.together(pair[0], pair[1])) {
                count++;
            }
        }
        return count;
    }

    /**
     * The records grouped by a rule's key: a group larger than the shared-value guard is ignored, as
     * the engine ignores it.
     */
    private static final class Blocks {
        final int[] blockOf;
        final int[] size;
        final int ignored;

        private Blocks(int[] blockOf, int[] size, int ignored) {
            this.blockOf = blockOf;
            this.size = size;
            this.ignored = ignored;
        }

        static Blocks of(int subset, int[][] ids, boolean[] replaced, int cap) {
            int n = ids.length == 0 ? 0 : ids[0].length;
            int[] parts = new int[Integer.bitCount(subset)];
            int p = 0;
            for (int f = 0; f < ids.length; f++) {
                if ((subset & 1 << f) != 0) {
                    parts[p++] = f;
                }
            }
            List<LongIntMap> combined = new ArrayList<>();
            for (int c = 0; c < parts.length - 1; c++) {
                combined.add(new LongIntMap(1024));
            }
            LongIntMap blockIds = new LongIntMap(1024);
            int[] blockOf = new int[n];
            int[] size = new int[16];
            for (int r = 0; r < n; r++) {
                blockOf[r] = NONE;
                if (replaced != null && replaced[r]) {
                    continue;
                }
                long key = ids[parts[0]][r];
                for (int k = 1; k < parts.length && key != Column.MISSING; k++) {
                    int next = ids[parts[k]][r];
                    if (next == Column.MISSING) {
                        key = Column.MISSING;
                    } else {
                        LongIntMap map = combined.get(k - 1);
                        key = map.putIfAbsent(key << 32 | next, map.size());
                    }
                }
                if (key == Column.MISSING) {
                    continue;
                }
                int block = blockIds.putIfAbsent(key, blockIds.size());
                if (block >= size.length) {
                    size = Arrays.copyOf(size, size.length * 2);
                }
                size[block]++;
                blockOf[r] = block;
            }
            int ignored = 0;
            for (int b = 0; b < blockIds.size(); b++) {
                if (size[b] > cap) {
                    ignored++;
                }
            }
            for (int r = 0; r < n; r++) {
                if (blockOf[r] != NONE && size[blockOf[r]] > cap) {
                    blockOf[r] = NONE;
                }
            }
            return new Blocks(blockOf, Arrays.copyOf(size, blockIds.size()), ignored);
        }

        boolean together(int a, int b) {
            return blockOf[a] != NONE && blockOf[a] == blockOf[b];
        }
    }

    /** What a rule would change in the run: the pairs it settles across clusters, and the clusters they join. */
    private static final class Impact {
        private final PreparedRecords records;
        private final int[] componentOf;
        private final boolean[] replaced;
        private final LongIntMap bandOfPair;

        Impact(Resolution resolution) {
            this.records = resolution.records();
            this.componentOf = resolution.componentOf();
            this.replaced = resolution.replaced();
            ScoredPairs pairs = resolution.pairs();
            // Only pairs a rule could newly join: scored below match, records in different clusters.
            int across = 0;
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.band(i) != MatchBand.MATCH && componentOf[pairs.indexA(i)] != componentOf[pairs.indexB(i)]) {
                    across++;
                }
            }
            this.bandOfPair = new LongIntMap(Math.max(16, across));
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.band(i) != MatchBand.MATCH && componentOf[pairs.indexA(i)] != componentOf[pairs.indexB(i)]) {
                    bandOfPair.putIfAbsent(pairKey(pairs.indexA(i), pairs.indexB(i)), pairs.band(i).ordinal());
                }
            }
        }

        private static long pairKey(int a, int b) {
            return (long) Math.min(a, b) << 32 | Math.max(a, b);
        }

        Candidate of(DeterministicRule rule, Blocks blocks, int support, int errors) {
            List<String> fields = rule.fields();
            int n = records.size();
            int blockCount = blocks.size.length;
            int[] start = new int[blockCount + 1];
            for (int r = 0; r < n; r++) {
                if (blocks.blockOf[r] != NONE) {
                    start[blocks.blockOf[r] + 1]++;
                }
            }
            for (int b = 0; b < blockCount; b++) {
                start[b + 1] += start[b];
            }
            int[] fill = Arrays.copyOf(start, blockCount);
            int[] members = new int[start[blockCount]];
            for (int r = 0; r < n; r++) {
                if (blocks.blockOf[r] != NONE) {
                    members[fill[blocks.blockOf[r]]++] = r;
                }
            }
            UnionFind clusters = new UnionFind(n);
            int[] firstOfComponent = new int[componentOf.length == 0 ? 0 : Arrays.stream(componentOf).max().orElse(0) + 1];
            Arrays.fill(firstOfComponent, NONE);
            for (int r = 0; r < n; r++) {
                if (replaced != null && replaced[r]) {
                    continue;
                }
                int c = componentOf[r];
                if (firstOfComponent[c] == NONE) {
                    firstOfComponent[c] = r;
                } else {
                    int x = clusters.find(firstOfComponent[c]);
                    int y = clusters.find(r);
                    if (x != y) {
                        clusters.union(x, y);
                    }
                }
            }
            long settled = 0;
            int newPairs = 0;
            int fromReview = 0;
            int fromNonMatch = 0;
            int joined = 0;
            int largest = 0;
            int crowdedBlock = NONE;
            List<RecordKey[]> reviewSamples = new ArrayList<>();
            List<RecordKey[]> otherSamples = new ArrayList<>();
            for (int b = 0; b < blockCount; b++) {
                if (start[b + 1] - start[b] < 2) {
                    continue;
                }
                if (crowdedBlock == NONE || blocks.size[b] > blocks.size[crowdedBlock]) {
                    crowdedBlock = b;
                }
                int size = start[b + 1] - start[b];
                settled += (long) size * (size - 1) / 2;
                for (int i = start[b]; i < start[b + 1]; i++) {
                    for (int j = i + 1; j < start[b + 1]; j++) {
                        int x = members[i];
                        int y = members[j];
                        if (componentOf[x] == componentOf[y]) {
                            continue;
                        }
                        newPairs++;
                        int band = bandOfPair.get(pairKey(x, y), NONE);
                        boolean review = band == MatchBand.REVIEW.ordinal();
                        if (review) {
                            fromReview++;
                        } else if (band == MatchBand.NON_MATCH.ordinal()) {
                            fromNonMatch++;
                        }
                        List<RecordKey[]> samples = review ? reviewSamples : otherSamples;
                        if (samples.size() < SAMPLES) {
                            samples.add(new RecordKey[] {records.key(x), records.key(y)});
                        }
                        int rootX = clusters.find(x);
                        int rootY = clusters.find(y);
                        if (rootX != rootY) {
                            joined++;
                            largest = Math.max(largest, clusters.size(clusters.union(rootX, rootY)));
                        }
                    }
                }
            }
            List<RecordKey[]> samples = new ArrayList<>(reviewSamples);
            for (RecordKey[] other : otherSamples) {
                if (samples.size() < SAMPLES) {
                    samples.add(other);
                }
            }
            SharedValue crowded = null;
            if (crowdedBlock != NONE) {
                int member = members[start[crowdedBlock]];
                List<String> values = new ArrayList<>();
                for (String field : fields) {
                    values.add(records.value(field, member));
                }
                crowded = new SharedValue(rule.name(), String.join(" + ", values), blocks.size[crowdedBlock]);
            }
            return new Candidate(rule, support, errors, settled, newPairs, fromReview, fromNonMatch, joined, largest, samples,
                    crowded, blocks.ignored);
        }
    }
}
