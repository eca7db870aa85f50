package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns blocking rules into candidate pairs: records that agree on every key of a rule are paired,
 * the union over rules is kept once. Blocks larger than the cap are skipped and reported, since a
 * block of thousands means a generic value, not a person.
 */
final class Blocker {
    private static final char SEPARATOR = '\u001f';

    private final PreparedRecords records;
    private final StringMetrics metrics;
    private final int maxBlockSize;

    Blocker(PreparedRecords records, StringMetrics metrics, int maxBlockSize) {
        this.records = records;
        this.metrics = metrics;
        this.maxBlockSize = maxBlockSize;
    }

    record Outcome(long[] pairs, Map<String, Long> pairsPerRule, List<SkippedBlock> skipped) {
    }

    Outcome block(List<BlockingRule> rules) {
        LongList all = new LongList();
        Map<String, Long> perRule = new LinkedHashMap<>();
        List<SkippedBlock> skipped = new ArrayList<>();
        for (BlockingRule rule : rules) {
            long before = all.size();
            for (Map.Entry<String, IntList> block : blocksOf(rule).entrySet()) {
                IntList members = block.getValue();
                if (members.size() < 2) {
                    continue;
                }
                if (members.size() > maxBlockSize) {
                    skipped.add(new SkippedBlock(rule.name(), block.getKey().replace(SEPARATOR, '|'), members.size()));
                    continue;
                }
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        all.add(LongList.pair(members.get(i), members.get(j)));
                    }
                }
            }
            perRule.put(rule.name(), all.size() - before);
        }
        skipped.sort((x, y) -> Integer.compare(y.records(), x.records()));
        return new Outcome(all.toSortedDistinct(), perRule, skipped);
    }

    /** Record ids grouped by their key under the rule; records with a missing key part join no block. */
    Map<String, IntList> blocksOf(BlockingRule rule) {
        List<BlockingKey> keys = rule.keys();
        String[][] columns = new String[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            columns[k] = records.column(keys.get(k).field());
        }
        Map<String, IntList> blocks = new HashMap<>();
        StringBuilder key = new StringBuilder();
        for (int id = 0; id < records.size(); id++) {
            key.setLength(0);
            boolean complete = true;
            for (int k = 0; k < keys.size() && complete; k++) {
                String value = columns[k][id];
                String part = value == null ? null : keys.get(k).keyOf(value, metrics);
                if (part == null) {
                    complete = false;
                } else {
                    if (k > 0) {
                        key.append(SEPARATOR);
                    }
                    key.append(part);
                }
            }
            if (complete) {
                blocks.computeIfAbsent(key.toString(), x -> new IntList()).add(id);
            }
        }
        return blocks;
    }
}
