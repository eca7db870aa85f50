package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A run's deterministic and blocking rules as {@link BlockIndex}es (built on all cores), the
 * candidate pairs they give, and what they report: pairs per rule, skipped blocks, generic values.
 * Deterministic rules are indexed first, so the pairs they settle are found (and tagged) before
 * any blocking rule could add them.
 */
final class Blocking {
    /** Blocks larger than this are compared within a sliding window instead of all pairs with all. */
    static final int WINDOW_FROM = 16;
    /** Each record of a windowed block is compared with the next {@code WINDOW - 1} in sorted order. */
    static final int WINDOW = 4;
    private static final int SORT_FIELDS = 2;
    private static final IntList EMPTY = new IntList();
    /** A field with more distinct values than this share of its records identifies, it does not sort. */
    private static final double IDENTIFYING_SHARE = 0.5;

    private final List<BlockIndex> indexes;
    private final int deterministicRules;
    private final CandidatePairs.Outcome candidates;
    private final Guards guards;
    /** Records up to here are in the indexes; later ones were added by incremental runs. */
    private final int indexed;
    /** Per rule, the records added since the indexes were built, by key. */
    private final List<Map<String, IntList>> added;

    private Blocking(List<BlockIndex> indexes, int deterministicRules, CandidatePairs.Outcome candidates,
                     Guards guards, int indexed, List<Map<String, IntList>> added) {
        this.indexes = indexes;
        this.deterministicRules = deterministicRules;
        this.candidates = candidates;
        this.guards = guards;
        this.indexed = indexed;
        this.added = added;
    }

    static Blocking of(IdentitySpec spec, PreparedRecords records) {
        List<BlockingRule> rules = new ArrayList<>();
        for (DeterministicRule rule : spec.deterministicRules()) {
            rules.add(new BlockingRule(rule.name(), rule.fields().stream().<BlockingKey>map(BlockingKey.Exact::new).toList()));
        }
        int deterministic = rules.size();
        rules.addAll(spec.blocking());
        Guards guards = spec.guards();
        BlockIndex[] indexes = new BlockIndex[rules.size()];
        IntStream.range(0, rules.size()).parallel().forEach(r -> indexes[r] = r < deterministic
                ? BlockIndex.build(rules.get(r), records, guards.maxSharedValue(), Integer.MAX_VALUE, 2, List.of())
                : BlockIndex.build(rules.get(r), records, guards.maxBlockSize(), WINDOW_FROM, WINDOW,
                        sortColumns(spec, rules.get(r), records)));
        List<BlockIndex> all = List.of(indexes);
        List<Map<String, IntList>> none = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            none.add(Map.of());
        }
        return new Blocking(all, deterministic, CandidatePairs.find(all), guards, records.size(), none);
    }

    /** Pairs an incremental run compares: per pair, the two records and the rule that found it. */
    record AddedPairs(int[] a, int[] b, byte[] ruleOf, long[] perRule) {
    }

    /**
     * The pairs that records {@code from..} of {@code records} (which extend the records blocked so
     * far) form with every earlier record and with each other, each once, under the first rule that
     * brings them together — looked up in the indexes, never rebuilt. A windowed block gives the
     * window around the place the record would take; a block that was skipped stays skipped, and a
     * group that outgrows its cap is not compared.
     */
    AddedPairs pairsOf(PreparedRecords records, int from, boolean[] retired) {
        int rules = indexes.size();
        BlockIndex.KeyParts[] parts = new BlockIndex.KeyParts[rules];
        List<Map<String, IntList>> batch = new ArrayList<>();
        String[][] labels = new String[rules][];
        for (int r = 0; r < rules; r++) {
            parts[r] = BlockIndex.KeyParts.of(indexes.get(r).rule(), records);
            labels[r] = new String[records.size() - from];
            Map<String, IntList> groups = new HashMap<>();
            for (int x = from; x < records.size(); x++) {
                labels[r][x - from] = parts[r].keyLabel(x);
                if (labels[r][x - from] != null) {
                    groups.computeIfAbsent(labels[r][x - from], k -> new IntList()).add(x);
                }
            }
            batch.add(groups);
        }
        LongList pairs = new LongList();
        List<Byte> ruleOf = new ArrayList<>();
        long[] perRule = new long[rules];
        for (int x = from; x < records.size(); x++) {
            Map<Integer, Integer> partners = new LinkedHashMap<>();
            for (int r = 0; r < rules; r++) {
                String label = labels[r][x - from];
                if (label == null) {
                    continue;
                }
                BlockIndex index = indexes.get(r);
                int block = index.parts().blockOfKey(parts[r].key(x, index.parts().combined(), false));
                int indexedSize = block == BlockIndex.NONE ? 0 : index.blockSize(block);
                IntList earlier = added.get(r).getOrDefault(label, EMPTY);
                IntList now = batch.get(r).get(label);
                int cap = r < deterministicRules ? guards.maxSharedValue() : guards.maxBlockSize();
                boolean skipped = block != BlockIndex.NONE && indexedSize == 0;
                if (skipped || indexedSize + earlier.size() + now.size() > cap) {
                    continue;
                }
                if (indexedSize > 0 && index.windowed(block)) {
                    int at = index.insertionPoint(records, x, block);
                    int reach = index.window() - 1;
                    for (int i = Math.max(0, at - reach); i < Math.min(indexedSize, at + reach); i++) {
                        partners.putIfAbsent(index.member(block, i), r);
                    }
                } else {
                    for (int i = 0; i < indexedSize; i++) {
                        partners.putIfAbsent(index.member(block, i), r);
                    }
                }
                for (int i = 0; i < earlier.size(); i++) {
                    partners.putIfAbsent(earlier.get(i), r);
                }
                for (int i = 0; i < now.size(); i++) {
                    if (now.get(i) > x) {
                        partners.putIfAbsent(now.get(i), r);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> partner : partners.entrySet()) {
                if (!retired[partner.getKey()]) {
                    pairs.add(LongList.pair(x, partner.getKey()));
                    ruleOf.add(partner.getValue().byteValue());
                    perRule[partner.getValue()]++;
                }
            }
        }
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        byte[] rule = new byte[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            a[i] = LongList.first(pairs.get(i));
            b[i] = LongList.second(pairs.get(i));
            rule[i] = ruleOf.get(i);
        }
        return new AddedPairs(a, b, rule, perRule);
    }

    /** This blocking with records {@code from..} of {@code records} added to it, for the next increment. */
    Blocking extend(PreparedRecords records, int from) {
        List<Map<String, IntList>> extended = new ArrayList<>();
        for (int r = 0; r < indexes.size(); r++) {
            BlockIndex.KeyParts parts = BlockIndex.KeyParts.of(indexes.get(r).rule(), records);
            Map<String, IntList> byKey = new HashMap<>();
            added.get(r).forEach((key, ids) -> byKey.put(key, ids.copy()));
            for (int x = from; x < records.size(); x++) {
                String label = parts.keyLabel(x);
                if (label != null) {
                    byKey.computeIfAbsent(label, k -> new IntList()).add(x);
                }
            }
            extended.add(byKey);
        }
        return new Blocking(indexes, deterministicRules, null, guards, indexed, extended);
    }

    /** The columns that order a windowed block: compared fields the rule does not block on, in spec order. */
    private static List<Column> sortColumns(IdentitySpec spec, BlockingRule rule, PreparedRecords records) {
        Set<String> blockedOn = rule.fields();
        List<Column> columns = new ArrayList<>();
        for (Comparison comparison : spec.comparisons()) {
            String field = comparison.field();
            if (columns.size() == SORT_FIELDS || blockedOn.contains(field)
                    || columns.stream().anyMatch(c -> c.field().equals(field))) {
                continue;
            }
            Column column = records.column(field);
            int present = column.present();
            if (present > 0 && column.valueCount() <= IDENTIFYING_SHARE * present) {
                columns.add(column);
            }
        }
        return columns;
    }

    CandidatePairs.Outcome candidates() {
        return candidates;
    }

    /** The first deterministic rule that settles two records of {@code records}, or -1. */
    int deterministicRuleOf(PreparedRecords records, int a, int b) {
        for (int r = 0; r < deterministicRules; r++) {
            if (a < indexed && b < indexed) {
                if (indexes.get(r).compares(a, b)) {
                    return r;
                }
                continue;
            }
            BlockIndex.KeyParts parts = BlockIndex.KeyParts.of(indexes.get(r).rule(), records);
            String label = parts.keyLabel(a);
            if (label != null && label.equals(parts.keyLabel(b))) {
                return r;
            }
        }
        return -1;
    }

    long deterministicPairs() {
        long pairs = 0;
        for (int r = 0; r < deterministicRules; r++) {
            pairs += candidates.perRule()[r];
        }
        return pairs;
    }

    /** Pairs each blocking rule added beyond the deterministic rules and the blocking rules before it. */
    Map<String, Long> pairsPerRule() {
        Map<String, Long> perRule = new LinkedHashMap<>();
        for (int r = deterministicRules; r < indexes.size(); r++) {
            perRule.merge(indexes.get(r).rule().name(), candidates.perRule()[r], Long::sum);
        }
        return perRule;
    }

    List<SkippedBlock> skippedBlocks() {
        List<SkippedBlock> skipped = new ArrayList<>();
        for (int r = deterministicRules; r < indexes.size(); r++) {
            skipped.addAll(indexes.get(r).skipped());
        }
        skipped.sort((x, y) -> Integer.compare(y.records(), x.records()));
        return skipped;
    }

    List<SharedValue> sharedValues() {
        List<SharedValue> shared = new ArrayList<>();
        for (int r = 0; r < deterministicRules; r++) {
            for (SkippedBlock block : indexes.get(r).skipped()) {
                shared.add(new SharedValue(block.rule(), block.key(), block.records()));
            }
        }
        shared.sort((x, y) -> Integer.compare(y.records(), x.records()));
        return shared;
    }

    List<BlockIndex> indexes() {
        return indexes;
    }

    int deterministicRules() {
        return deterministicRules;
    }
}
