package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleMiningTest {
    private static final String[] GIVEN = {"olivia", "noah", "amelia", "liam", "isla", "jack", "mia", "oscar",
            "ava", "leo", "grace", "henry", "chloe", "lucas", "ruby", "ethan", "zoe", "mason", "ella", "james"};
    private static final String[] FAMILY = {"smith", "jones", "taylor", "brown", "wilson", "johnson", "white",
            "martin", "anderson", "thompson", "nguyen", "walker", "harris", "lee", "ryan", "robinson", "kelly"};
    private static final int HOUSEHOLDS = 60;

    private final IdentityEngine engine = new IdentityEngine(new PlainStringMetrics());

    /**
     * Households of two sharing a phone, a family name and a street: a parent and a child in most, twins
     * (one birth date) in households 40..59. The first person of households 0..29 has a second record
     * with a typo in the family name; the first person of the next {@code married} households a second
     * record after a move and a marriage (other family name, street and phone), which the model alone
     * does not merge.
     */
    private static List<PersonRecord> households(int married) {
        List<PersonRecord> records = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLDS; h++) {
            String family = FAMILY[h % FAMILY.length] + (h / FAMILY.length == 0 ? "" : "s" + h / FAMILY.length);
            String phone = "0412" + String.format("%06d", 100_000 + h * 37);
            String street = (10 + h) + " " + FAMILY[(h * 7) % FAMILY.length] + " street";
            String postcode = String.valueOf(3000 + h);
            String parentBirth = String.format("%d-%02d-%02d", 1950 + h % 30, 1 + h % 12, 1 + h % 28);
            String childBirth = h >= 40 ? parentBirth
                    : String.format("%d-%02d-%02d", 1985 + h % 15, 1 + (h + 5) % 12, 1 + (h + 9) % 28);
            String first = GIVEN[h % GIVEN.length];
            String second = GIVEN[(h + 7) % GIVEN.length];
            records.add(record("h" + h + "p1a", first, family, parentBirth, phone, street, postcode,
                    first + "." + family + h + "@mail.example"));
            records.add(record("h" + h + "p2a", second, family, childBirth, phone, street, postcode,
                    second + "." + family + h + "@mail.example"));
            if (h < 30) {
                records.add(record("h" + h + "p1b", first, family.substring(0, family.length() - 1) + "e", parentBirth,
                        phone, street, postcode, null));
            } else if (h < 30 + married) {
                records.add(record("h" + h + "p1c", first, "married" + FAMILY[(h + 3) % FAMILY.length], parentBirth,
                        "0499" + String.format("%06d", 500_000 + h), (200 + h) + " harbour road", "4" + h, null));
            }
        }
        return records;
    }

    private static PersonRecord record(String id, String given, String family, String birth, String phone,
                                       String street, String postcode, String email) {
        Map<String, String> fields = new HashMap<>();
        fields.put(StandardFields.GIVEN_NAME, given);
        fields.put(StandardFields.FAMILY_NAME, family);
        fields.put(StandardFields.BIRTH_DATE, birth);
        fields.put(StandardFields.PHONE, phone);
        fields.put(StandardFields.STREET, street);
        fields.put(StandardFields.POSTCODE, postcode);
        if (email != null) {
            fields.put(StandardFields.EMAIL, email);
        }
        return new PersonRecord("test", id, fields);
    }

    private static RecordKey key(String id) {
        return new RecordKey("test", id);
    }

    /**
     * Ten labelled duplicates; parent and child of six households, three pairs of twins and three pairs
     * of namesakes (one given name) labelled apart.
     */
    private static List<LinkConstraint> labels() {
        List<LinkConstraint> labels = new ArrayList<>();
        for (int h = 0; h < 10; h++) {
            labels.add(LinkConstraint.mustLink(key("h" + h + "p1a"), key("h" + h + "p1b")));
        }
        for (int h = 0; h < 6; h++) {
            labels.add(LinkConstraint.cannotLink(key("h" + h + "p1a"), key("h" + h + "p2a")));
        }
        for (int h = 40; h < 43; h++) {
            labels.add(LinkConstraint.cannotLink(key("h" + h + "p1a"), key("h" + h + "p2a")));
        }
        for (int h = 0; h < 3; h++) {
            labels.add(LinkConstraint.cannotLink(key("h" + h + "p1a"), key("h" + (h + GIVEN.length) + "p1a")));
        }
        return labels;
    }

    private Resolution resolve(List<LinkConstraint> labels) {
        return resolve(labels, 1);
    }

    private Resolution resolve(List<LinkConstraint> labels, int married) {
        return engine.resolve(new ResolutionRequest(households(married), IdentitySpec.defaults(), PreviousClusters.none(),
                labels), TaskContext.silent());
    }

    @Test
    void proposesTheRuleTheLabelsSupportAndNotTheOnesTheyContradict() {
        List<LinkConstraint> labels = labels();
        List<RuleMining.Candidate> candidates = RuleMining.propose(resolve(labels), labels, 5, 20);

        assertThat(candidates).as(candidates.stream().map(c -> c.rule().name() + " " + c.support()).toList().toString())
                .isNotEmpty().allSatisfy(c -> {
            assertThat(c.errors()).isZero();
            assertThat(c.support()).isGreaterThanOrEqualTo(5);
        });
        List<Set<String>> fieldSets = candidates.stream().map(c -> Set.copyOf(c.rule().fields())).toList();
        // A shared phone, birth date, family name or street is a household, not a person: the labels say so.
        assertThat(fieldSets).doesNotContain(Set.of(StandardFields.PHONE), Set.of(StandardFields.BIRTH_DATE),
                Set.of(StandardFields.PHONE, StandardFields.BIRTH_DATE), Set.of(StandardFields.STREET),
                Set.of(StandardFields.FAMILY_NAME), Set.of(StandardFields.GIVEN_NAME));
        RuleMining.Candidate givenAndBirth = candidates.stream()
                .filter(c -> c.rule().fields().equals(List.of(StandardFields.GIVEN_NAME, StandardFields.BIRTH_DATE)))
                .findFirst().orElseThrow();
        assertThat(givenAndBirth.support()).isEqualTo(10);
        assertThat(givenAndBirth.rule().name()).isEqualTo("same given name and birth date");
        // Ranked by support, then by fewer fields.
        for (int i = 1; i < candidates.size(); i++) {
            RuleMining.Candidate before = candidates.get(i - 1);
            RuleMining.Candidate after = candidates.get(i);
            assertThat(before.support() > after.support() || before.support() == after.support()
                    && before.rule().fields().size() <= after.rule().fields().size()).isTrue();
        }
        // No candidate is a superset of a simpler candidate or of an existing rule.
        for (Set<String> fields : fieldSets) {
            assertThat(fieldSets.stream().filter(other -> !other.equals(fields) && fields.containsAll(other))).isEmpty();
            assertThat(fields).isNotEqualTo(Set.of(StandardFields.EMAIL));
        }
    }

    @Test
    void previewsThePairsAndClustersTheRuleWouldJoin() {
        List<LinkConstraint> labels = labels();
        Resolution resolution = resolve(labels);
        RuleMining.Candidate candidate = RuleMining.propose(resolution, labels, 5, 20).stream()
                .filter(c -> c.rule().fields().equals(List.of(StandardFields.GIVEN_NAME, StandardFields.BIRTH_DATE)))
                .findFirst().orElseThrow();

        // Count independently: pairs agreeing on both fields whose records sit in different clusters.
        List<PersonRecord> records = households(1);
        int expected = 0;
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                PersonRecord a = records.get(i);
                PersonRecord b = records.get(j);
                if (a.field(StandardFields.GIVEN_NAME).equals(b.field(StandardFields.GIVEN_NAME))
                        && a.field(StandardFields.BIRTH_DATE).equals(b.field(StandardFields.BIRTH_DATE))
                        && resolution.clusterOf(a.key()) != resolution.clusterOf(b.key())) {
                    expected++;
                }
            }
        }
        assertThat(expected).as("the moved and married duplicates are not merged by the model").isGreaterThan(0);
        assertThat(candidate.newPairs()).isEqualTo(expected);
        assertThat(candidate.fromReview() + candidate.fromNonMatch()).isLessThanOrEqualTo(candidate.newPairs());
        assertThat(candidate.clustersJoined()).isBetween(1, expected);
        assertThat(candidate.settledPairs()).isGreaterThan(candidate.newPairs());
        assertThat(candidate.largestCluster()).isGreaterThanOrEqualTo(2);
        assertThat(candidate.samples()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (RecordKey[] sample : candidate.samples()) {
            assertThat(resolution.clusterOf(sample[0])).isNotEqualTo(resolution.clusterOf(sample[1]));
        }
        assertThat(candidate.crowdedValue().records()).isGreaterThanOrEqualTo(2);
        assertThat(candidate.ignoredValues()).isZero();
    }

    @Test
    void aRuleThatWouldMostlyMergeWhatTheRunKeepsApartIsNotProposed() {
        // Ten moved and married duplicates: the labels support the rule, but a quarter of the pairs it
        // settles would be merges the run's evidence does not make.
        List<LinkConstraint> labels = labels();
        List<RuleMining.Candidate> candidates = RuleMining.propose(resolve(labels, 10), labels, 5, 20);

        assertThat(candidates).noneMatch(c -> c.rule().fields()
                .equals(List.of(StandardFields.GIVEN_NAME, StandardFields.BIRTH_DATE)));
        assertThat(candidates).allSatisfy(c ->
                assertThat((double) c.newPairs()).isLessThanOrEqualTo(RuleMining.MAX_NEW_SHARE * c.settledPairs()));
    }

    @Test
    void aRuleNeedsEnoughSupport() {
        List<LinkConstraint> labels = labels();
        Resolution resolution = resolve(labels);

        assertThat(RuleMining.propose(resolution, labels, 11, 20)).isEmpty();
        assertThat(RuleMining.propose(resolution, List.of(), 1, 20)).isEmpty();
        assertThatThrownBy(() -> RuleMining.propose(resolution, labels, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueSharedPastTheGuardSettlesNothing() {
        // Five labelled duplicates share one phone with everyone else: the guard (8 records) ignores it.
        List<PersonRecord> records = new ArrayList<>();
        List<LinkConstraint> labels = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            records.add(record("s" + p + "a", GIVEN[p], FAMILY[p], "1970-01-0" + (p + 1), "0400000000", "1 main street",
                    "3000", null));
            records.add(record("s" + p + "b", GIVEN[p + 6], FAMILY[p + 6], "1980-02-0" + (p + 1), "0400000000",
                    "2 main street", "3001", null));
            labels.add(LinkConstraint.mustLink(key("s" + p + "a"), key("s" + p + "b")));
        }
        Resolution resolution = engine.resolve(new ResolutionRequest(records, IdentitySpec.defaults(),
                PreviousClusters.none(), labels), TaskContext.silent());

        assertThat(RuleMining.propose(resolution, labels, 5, 20))
                .noneMatch(c -> c.rule().fields().contains(StandardFields.PHONE));
    }
}
