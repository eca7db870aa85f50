package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Candidate pairs: each pair once, from the first rule that finds it; large blocks windowed; generic blocks skipped. */
class BlockingTest {
    private final StringMetrics metrics = new PlainStringMetrics();

    private PreparedRecords prepare(List<PersonRecord> records) {
        return PreparedRecords.prepare(records, Set.of(StandardFields.GIVEN_NAME, StandardFields.FAMILY_NAME,
                StandardFields.CITY, StandardFields.EMAIL, StandardFields.BIRTH_DATE),
                new FieldNormalizer(Guards.commonGenericValues()), metrics);
    }

    private static List<PersonRecord> people(int count, int names, int cities, long seed) {
        Random random = new Random(seed);
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> fields = new HashMap<>();
            fields.put(StandardFields.GIVEN_NAME, "given" + random.nextInt(names));
            fields.put(StandardFields.FAMILY_NAME, "family" + random.nextInt(names));
            fields.put(StandardFields.CITY, "city" + random.nextInt(cities));
            fields.put(StandardFields.BIRTH_DATE, "19" + (50 + random.nextInt(40)) + "-01-0" + (1 + random.nextInt(9)));
            if (random.nextInt(4) > 0) {
                fields.put(StandardFields.EMAIL, "mail" + random.nextInt(count / 2) + "@example.com");
            }
            records.add(People.record(String.valueOf(i), fields));
        }
        return records;
    }

    /** All pairs with equal keys under some rule, computed the slow way. */
    private static Set<Long> naivePairs(PreparedRecords records, List<BlockingRule> rules) {
        Set<Long> pairs = new HashSet<>();
        for (BlockingRule rule : rules) {
            for (int a = 0; a < records.size(); a++) {
                for (int b = a + 1; b < records.size(); b++) {
                    boolean same = true;
                    for (BlockingKey key : rule.keys()) {
                        String x = records.value(key.field(), a);
                        String y = records.value(key.field(), b);
                        same &= x != null && y != null && x.equals(y);
                    }
                    if (same) {
                        pairs.add(LongList.pair(a, b));
                    }
                }
            }
        }
        return pairs;
    }

    private static IdentitySpec spec(List<BlockingRule> blocking, List<DeterministicRule> deterministic,
                                     int maxBlockSize) {
        IdentitySpec defaults = IdentitySpec.defaults();
        return new IdentitySpec(blocking, defaults.comparisons(), deterministic, defaults.thresholds(),
                defaults.training(), new Guards(maxBlockSize, 50, 8, Guards.commonGenericValues()));
    }

    @Test
    void everyPairOfEveryRuleIsFoundOnceAndTaggedByTheFirstRule() {
        PreparedRecords records = prepare(people(300, 12, 40, 1));
        List<BlockingRule> rules = List.of(
                BlockingRule.of("names", new BlockingKey.Exact(StandardFields.GIVEN_NAME),
                        new BlockingKey.Exact(StandardFields.FAMILY_NAME)),
                BlockingRule.of("family and city", new BlockingKey.Exact(StandardFields.FAMILY_NAME),
                        new BlockingKey.Exact(StandardFields.CITY)),
                BlockingRule.of("name, city and date", new BlockingKey.Exact(StandardFields.GIVEN_NAME),
                        new BlockingKey.Exact(StandardFields.CITY), new BlockingKey.Exact(StandardFields.BIRTH_DATE)));
        DeterministicRule email = DeterministicRule.of("same email", StandardFields.EMAIL);
        Blocking blocking = Blocking.of(spec(rules, List.of(email), 1000), records);

        CandidatePairs.Outcome found = blocking.candidates();
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.a()[i]).isLessThan(found.b()[i]);
            assertThat(pairs.add(LongList.pair(found.a()[i], found.b()[i]))).as("found once").isTrue();
            boolean sameEmail = records.value(StandardFields.EMAIL, found.a()[i]) != null
                    && records.value(StandardFields.EMAIL, found.a()[i]).equals(records.value(StandardFields.EMAIL, found.b()[i]));
            int rule = found.ruleOf()[i] < blocking.deterministicRules() ? found.ruleOf()[i] : -1;
            assertThat(rule).isEqualTo(sameEmail ? 0 : -1);
            assertThat(blocking.deterministicRuleOf(records, found.a()[i], found.b()[i])).isEqualTo(rule);
        }
        List<BlockingRule> all = new ArrayList<>(rules);
        all.add(BlockingRule.of("email", new BlockingKey.Exact(StandardFields.EMAIL)));
        assertThat(pairs).isEqualTo(naivePairs(records, all));
        assertThat(blocking.deterministicPairs()).isEqualTo(naivePairs(records, all.subList(3, 4)).size());
        long added = blocking.pairsPerRule().values().stream().mapToLong(Long::longValue).sum();
        assertThat(added + blocking.deterministicPairs()).isEqualTo(pairs.size());
    }

    @Test
    void aLargeBlockIsComparedWithinASlidingWindowOfSortedNeighbours() {
        // 200 records in one city: far above the window threshold.
        List<PersonRecord> people = people(200, 30, 1, 2);
        PreparedRecords records = prepare(people);
        Blocking blocking = Blocking.of(spec(List.of(BlockingRule.of("city", new BlockingKey.Exact(StandardFields.CITY))),
                List.of(), 1000), records);

        int size = 200;
        long expected = (long) size * (Blocking.WINDOW - 1) - (long) Blocking.WINDOW * (Blocking.WINDOW - 1) / 2;
        assertThat(blocking.candidates().size()).isEqualTo(expected);
        // Neighbours in the window share the sort order: given name first (the first compared field not blocked on).
        BlockIndex index = blocking.indexes().get(0);
        String previous = "";
        for (int i = 0; i < index.blockSize(0); i++) {
            String given = records.value(StandardFields.GIVEN_NAME, index.member(0, i));
            assertThat(given).isGreaterThanOrEqualTo(previous);
            previous = given;
        }
    }

    @Test
    void aBlockAboveTheCapIsSkippedAndReported() {
        PreparedRecords records = prepare(people(120, 1000, 2, 3));
        Blocking blocking = Blocking.of(spec(List.of(BlockingRule.of("city", new BlockingKey.Exact(StandardFields.CITY))),
                List.of(), 50), records);

        assertThat(blocking.candidates().size()).isZero();
        assertThat(blocking.skippedBlocks()).hasSize(2).allSatisfy(block -> {
            assertThat(block.rule()).isEqualTo("city");
            assertThat(block.key()).startsWith("city");
            assertThat(block.records()).isGreaterThan(50);
        });
    }
}
