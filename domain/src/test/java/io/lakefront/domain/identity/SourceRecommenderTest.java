package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.workspace.FieldProfile;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.identity.workspace.SourceRecommender;
import io.lakefront.domain.identity.workspace.SpecChange;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A CRM of 60 people (a family of three sharing one mailbox) and a loyalty programme's new source: 40
 * members with the CRM's loyalty ids, 20 of them married and moved (only the id and the given name and
 * birth date tell), a phone on 5 of them.
 */
class SourceRecommenderTest {
    private static final String[] GIVEN = {"olivia", "noah", "amelia", "liam", "isla", "jack", "mia", "oscar",
            "ava", "leo", "grace", "henry", "chloe", "lucas", "ruby", "ethan", "zoe", "mason", "ella", "james"};
    private static final String[] FAMILY = {"smith", "jones", "taylor", "brown", "wilson", "johnson", "white",
            "martin", "anderson", "thompson", "nguyen", "walker", "harris", "lee", "ryan", "robinson", "kelly",
            "king", "davis", "wright", "evans", "clarke", "hughes", "baker", "carter"};
    private static final String FAMILY_MAILBOX = "the.smiths@mail.example";
    private static final List<PreparedColumn> LOYALTY_COLUMNS = List.of(new PreparedColumn("member", ColumnTag.RECORD_ID),
            new PreparedColumn("first", ColumnTag.GIVEN_NAME), new PreparedColumn("last", ColumnTag.FAMILY_NAME),
            new PreparedColumn("mail", ColumnTag.EMAIL), new PreparedColumn("tel", ColumnTag.PHONE),
            new PreparedColumn("dob", ColumnTag.BIRTH_DATE), new PreparedColumn("loyalty_id", ColumnTag.OTHER_ID));

    private final IdentityEngine engine = new IdentityEngine(new PlainStringMetrics());

    private static String given(int p) {
        return GIVEN[p % GIVEN.length];
    }

    private static String family(int p) {
        return p < 3 ? "smith" : FAMILY[p % FAMILY.length] + (p / FAMILY.length == 0 ? "" : "x" + p / FAMILY.length);
    }

    private static String birth(int p) {
        return String.format("%d-%02d-%02d", 1950 + p % 40, 1 + p % 12, 1 + (p * 7) % 28);
    }

    private static String email(int p) {
        return p < 3 ? FAMILY_MAILBOX : given(p) + "." + family(p) + p + "@mail.example";
    }

    private static List<PersonRecord> crm() {
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < 60; p++) {
            Map<String, String> f = new HashMap<>();
            f.put(StandardFields.GIVEN_NAME, given(p));
            f.put(StandardFields.FAMILY_NAME, family(p));
            f.put(StandardFields.BIRTH_DATE, birth(p));
            f.put(StandardFields.EMAIL, email(p));
            f.put(StandardFields.PHONE, "+61412" + String.format("%06d", 100_000 + p * 37));
            f.put(StandardFields.STREET, (10 + p) + " " + FAMILY[(p * 7) % FAMILY.length] + " street");
            f.put(StandardFields.POSTCODE, String.valueOf(3000 + p));
            f.put("loyalty_id", "L" + (1000 + p));
            records.add(new PersonRecord("crm", "c" + p, f));
        }
        return records;
    }

    private static List<PersonRecord> loyalty() {
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            Map<String, String> f = new HashMap<>();
            boolean married = p >= 10 && p < 30;
            f.put(StandardFields.GIVEN_NAME, given(p));
            f.put(StandardFields.FAMILY_NAME, married ? "wed" + FAMILY[(p + 3) % FAMILY.length] : family(p));
            f.put(StandardFields.BIRTH_DATE, birth(p));
            if (!married) {
                f.put(StandardFields.EMAIL, email(p));
            }
            if (p % 8 == 0) {
                f.put(StandardFields.PHONE, "+61412" + String.format("%06d", 100_000 + p * 37));
            }
            f.put("loyalty_id", "L" + (1000 + p));
            records.add(new PersonRecord("loyalty", "m" + p, f));
        }
        return records;
    }

    private static List<PersonRecord> all() {
        List<PersonRecord> records = new ArrayList<>(crm());
        records.addAll(loyalty());
        return records;
    }

    /** The gold customers: one per CRM person, but the run merged the family sharing a mailbox. */
    private static Map<RecordKey, Long> gold() {
        Map<RecordKey, Long> clusters = new HashMap<>();
        for (int p = 0; p < 60; p++) {
            clusters.put(new RecordKey("crm", "c" + p), p < 3 ? 1L : (long) p + 1);
        }
        return clusters;
    }

    private static SourceRecommendations recommend(IdentitySpec spec) {
        return SourceRecommender.recommend("loyalty", LOYALTY_COLUMNS, all(), gold(), spec);
    }

    @Test
    void aMailboxTheRunAlreadyKeepsApartIsAWarningOnly() {
        Map<RecordKey, Long> apart = new HashMap<>();
        for (int p = 0; p < 60; p++) {
            apart.put(new RecordKey("crm", "c" + p), (long) p + 1);
        }
        SourceRecommendations found = SourceRecommender.recommend("loyalty", LOYALTY_COLUMNS, all(), apart,
                IdentitySpec.defaults());

        assertThat(found.recommendations()).noneMatch(r -> r.kind() == RuleRecommendation.Kind.EXCLUDE_SHARED_VALUES);
        RuleRecommendation warning = only(found, RuleRecommendation.Kind.SHARED_VALUE_WARNING);
        assertThat(warning.applicable()).isFalse();
        assertThat(warning.reasoning()).startsWith("'" + FAMILY_MAILBOX + "' is the email of 3 gold customers and 3 loyalty"
                + " records use it: the rules already keep those customers apart");
    }

    private static RuleRecommendation only(SourceRecommendations found, RuleRecommendation.Kind kind) {
        List<RuleRecommendation> of = found.recommendations().stream().filter(r -> r.kind() == kind).toList();
        assertThat(of).as("recommendations of kind %s in %s", kind, found.recommendations()).hasSize(1);
        return of.get(0);
    }

    @Test
    void anIdColumnMeetingTheCrmsIdsGetsASameIdRule() {
        SourceRecommendations found = recommend(IdentitySpec.defaults());

        RuleRecommendation same = only(found, RuleRecommendation.Kind.SAME_ID_RULE);
        assertThat(same.number()).isEqualTo(1);
        assertThat(same.title()).isEqualTo("same loyalty id → match");
        assertThat(same.changes()).containsExactly(
                new SpecChange.AddDeterministicRule(DeterministicRule.of("same loyalty id", "loyalty_id")));
        assertThat(same.reasoning()).startsWith("Column 'loyalty_id' of loyalty (loyalty_id) is unique on 100%")
                .contains("40 of its 40 values (100%) are loyalty ids of crm records");
        FieldProfile id = found.profile().stream().filter(p -> p.field().equals("loyalty_id")).findFirst().orElseThrow();
        assertThat(id.coverage()).isEqualTo(1.0);
        assertThat(id.overlapWith()).containsExactly("crm");
    }

    @Test
    void aRuleAlreadyInTheSpecIsNotRecommendedAgain() {
        IdentitySpec spec = new SpecChange.AddDeterministicRule(DeterministicRule.of("loyalty", "loyalty_id"))
                .applyTo(IdentitySpec.defaults());

        assertThat(recommend(spec).recommendations()).noneMatch(r -> r.kind() == RuleRecommendation.Kind.SAME_ID_RULE);
    }

    @Test
    void aFamilyMailboxIsRecommendedForTheExclusionList() {
        RuleRecommendation exclude = only(recommend(IdentitySpec.defaults()), RuleRecommendation.Kind.EXCLUDE_SHARED_VALUES);

        assertThat(exclude.field()).isEqualTo("email");
        assertThat(exclude.changes()).containsExactly(new SpecChange.ExcludeValues("email", List.of(FAMILY_MAILBOX)));
        assertThat(exclude.reasoning()).startsWith("'" + FAMILY_MAILBOX + "' is the email of 3 people by their given names, merged into one gold customer, and 3 loyalty records use it: a shared mailbox");
        IdentitySpec applied = exclude.applyTo(IdentitySpec.defaults());
        assertThat(applied.guards().genericValues()).contains(FAMILY_MAILBOX)
                .containsAll(IdentitySpec.defaults().guards().genericValues());
        assertThatThrownBy(() -> exclude.applyTo(applied)).isInstanceOf(UserError.class)
                .hasMessageContaining("already hold");
    }

    @Test
    void aLowCoverageColumnIsNotWorthABlockingKey() {
        RuleRecommendation sparse = only(recommend(IdentitySpec.defaults()), RuleRecommendation.Kind.NOT_WORTH_A_KEY);

        assertThat(sparse.field()).isEqualTo("phone");
        assertThat(sparse.applicable()).isFalse();
        assertThat(sparse.reasoning()).isEqualTo("Column 'tel' of loyalty (phone) is filled on only 5 of its 40 records"
                + " (13%): a blocking key on it would bring few pairs; the rules' existing key costs little, nothing to change.");
        assertThatThrownBy(() -> sparse.applyTo(IdentitySpec.defaults())).isInstanceOf(UserError.class)
                .hasMessageContaining("advice");
    }

    @Test
    void anEmailTheRulesNeitherBlockOnNorCompareGetsBoth() {
        IdentitySpec defaults = IdentitySpec.defaults();
        IdentitySpec noEmail = new IdentitySpec(
                defaults.blocking().stream().filter(b -> !b.fields().contains(StandardFields.EMAIL)).toList(),
                defaults.comparisons().stream().filter(c -> !c.field().equals(StandardFields.EMAIL)).toList(),
                defaults.deterministicRules().stream().filter(d -> !d.fields().contains(StandardFields.EMAIL)).toList(),
                defaults.thresholds(), new Training(defaults.training().rules().stream()
                        .filter(b -> !b.fields().contains(StandardFields.EMAIL)).toList(), 1_000_000, 42L, 40, 1e-4, 0.5),
                defaults.guards());

        RuleRecommendation key = only(recommend(noEmail), RuleRecommendation.Kind.BLOCKING_KEY);

        assertThat(key.title()).isEqualTo("block on email and compare it");
        assertThat(key.reasoning()).contains("filled on 50% of its 40 records").contains("neither block on it nor compare it");
        IdentitySpec applied = key.applyTo(noEmail);
        assertThat(applied.blocking()).anyMatch(b -> b.keys().equals(List.of(new BlockingKey.Exact(StandardFields.EMAIL))));
        assertThat(applied.comparisons()).anyMatch(c -> c.field().equals(StandardFields.EMAIL));
        RuleRecommendation edited = key.withLevels("exact, Levenshtein <= 1, Jaro-Winkler >= 0.95");
        assertThat(edited.applyTo(noEmail).comparisons().stream().filter(c -> c.field().equals(StandardFields.EMAIL))
                .findFirst().orElseThrow().levels()).containsExactly(new ComparisonLevel.Exact(),
                new ComparisonLevel.LevenshteinAtMost(1), new ComparisonLevel.JaroWinklerAtLeast(0.95));
        assertThatThrownBy(() -> key.withLevels("exact, close enough")).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown level 'close enough'");
    }

    @Test
    void editsChangeTheRuleTheLevelsAndTheValues() {
        SourceRecommendations found = recommend(IdentitySpec.defaults());
        RuleRecommendation same = only(found, RuleRecommendation.Kind.SAME_ID_RULE)
                .withFields(List.of("loyalty_id", "birth_date"));

        assertThat(same.title()).isEqualTo("same loyalty id + same birth date → match");
        assertThat(same.applyTo(IdentitySpec.defaults()).deterministicRules())
                .contains(DeterministicRule.of("same loyalty id and birth date", "loyalty_id", "birth_date"));
        assertThatThrownBy(() -> same.withLevels("exact")).isInstanceOf(UserError.class)
                .hasMessageContaining("adds no comparison");
        RuleRecommendation exclude = only(found, RuleRecommendation.Kind.EXCLUDE_SHARED_VALUES)
                .withValues(List.of("shop@example.com"));
        assertThat(exclude.applyTo(IdentitySpec.defaults()).guards().genericValues()).contains("shop@example.com")
                .doesNotContain(FAMILY_MAILBOX);
    }

    @Test
    void thePreviewRunsTheEngineWithAndWithoutTheRule() {
        RuleRecommendation same = only(recommend(IdentitySpec.defaults()), RuleRecommendation.Kind.SAME_ID_RULE);
        IdentitySpec before = IdentitySpec.defaults();

        RuleImpact impact = RuleImpact.measure(same, all(), before, same.applyTo(before), PreviousClusters.none(),
                List.of(), engine, 3, TaskContext.silent());

        // The 18 married-and-moved members without a phone (16 and 24 have one) were apart; the rule joins them.
        Resolution without = engine.resolve(ResolutionRequest.of(all(), before), TaskContext.silent());
        Resolution with = engine.resolve(ResolutionRequest.of(all(), same.applyTo(before)), TaskContext.silent());
        long apartBefore = 0;
        for (int p = 0; p < 40; p++) {
            RecordKey member = new RecordKey("loyalty", "m" + p);
            RecordKey contact = new RecordKey("crm", "c" + p);
            assertThat(with.clusterOf(member)).as("member %d", p).isEqualTo(with.clusterOf(contact));
            if (without.clusterOf(member) != without.clusterOf(contact)) {
                apartBefore++;
            }
        }
        assertThat(apartBefore).isGreaterThanOrEqualTo(18);
        assertThat(impact.newPairs()).isGreaterThanOrEqualTo(apartBefore);
        assertThat(impact.newPairsWithSource()).isGreaterThanOrEqualTo(apartBefore);
        assertThat(impact.clustersAfter()).isEqualTo(impact.clustersBefore() - (int) apartBefore);
        assertThat(impact.records()).isEqualTo(100);
        assertThat(impact.samples()).hasSize(3).allSatisfy(pair -> {
            assertThat(pair.a().source()).isEqualTo("loyalty");
            assertThat(pair.a().field("loyalty_id")).isEqualTo(pair.b().field("loyalty_id"));
        });
        assertThat(impact.summary()).startsWith("+" + impact.newPairs() + " pairs together");
    }
}
