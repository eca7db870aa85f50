package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the pairs the deterministic rules settle, over all records (not only blocked pairs), so
 * that their number can also estimate how likely two random records are to match. A value shared
 * by more records than the guard allows is reported instead of merging them all.
 */
final class DeterministicMatcher {
    private final Blocker blocker;
    private final int maxSharedValue;

    DeterministicMatcher(Blocker blocker, int maxSharedValue) {
        this.blocker = blocker;
        this.maxSharedValue = maxSharedValue;
    }

    /** Sorted distinct pairs, and for each the index of the first rule that settles it. */
    record Outcome(long[] pairs, int[] ruleOfPair, List<SharedValue> sharedValues) {
        int ruleOf(long pair) {
            int at = Arrays.binarySearch(pairs, pair);
            return at < 0 ? -1 : ruleOfPair[at];
        }
    }

    Outcome match(List<DeterministicRule> rules) {
        List<SharedValue> shared = new ArrayList<>();
        LongList tagged = new LongList();
        List<long[]> perRule = new ArrayList<>();
        for (DeterministicRule rule : rules) {
            BlockingRule asBlocking = new BlockingRule(rule.name(),
                    rule.fields().stream().<BlockingKey>map(BlockingKey.Exact::new).toList());
            LongList pairs = new LongList();
            for (Map.Entry<String, IntList> group : blocker.blocksOf(asBlocking).entrySet()) {
                IntList members = group.getValue();
                if (members.size() > maxSharedValue) {
                    shared.add(new SharedValue(rule.name(), group.getKey().replace('\u001f', '|'), members.size()));
                    continue;
                }
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        pairs.add(LongList.pair(members.get(i), members.get(j)));
                    }
                }
            }
            perRule.add(pairs.toSortedDistinct());
            tagged.addAll(pairs);
        }
        long[] all = tagged.toSortedDistinct();
        int[] ruleOf = new int[all.length];
        Arrays.fill(ruleOf, -1);
        // Earlier rules win: fill from the last rule to the first.
        for (int r = perRule.size() - 1; r >= 0; r--) {
            for (long pair : perRule.get(r)) {
                ruleOf[Arrays.binarySearch(all, pair)] = r;
            }
        }
        shared.sort((x, y) -> Integer.compare(y.records(), x.records()));
        return new Outcome(all, ruleOf, shared);
    }
}
