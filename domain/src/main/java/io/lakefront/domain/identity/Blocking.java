package io.lakefront.domain.identity;

import java.util.ArrayList;
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
    /** A field with more distinct values than this share of its records identifies, it does not sort. */
    private static final double IDENTIFYING_SHARE = 0.5;

    private final List<BlockIndex> indexes;
    private final int deterministicRules;
    private final CandidatePairs.Outcome candidates;

    private Blocking(List<BlockIndex> indexes, int deterministicRules, CandidatePairs.Outcome candidates) {
        this.indexes = indexes;
        this.deterministicRules = deterministicRules;
        this.candidates = candidates;
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
        return new Blocking(all, deterministic, CandidatePairs.find(all));
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

    /** The deterministic rule that added a candidate pair, or -1. */
    int deterministicRuleOf(int candidate) {
        int rule = candidates.ruleOf()[candidate];
        return rule < deterministicRules ? rule : -1;
    }

    /** The first deterministic rule that settles two records, or -1. */
    int deterministicRuleOf(int a, int b) {
        for (int r = 0; r < deterministicRules; r++) {
            if (indexes.get(r).compares(a, b)) {
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
