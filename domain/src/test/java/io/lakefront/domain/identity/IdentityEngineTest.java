package io.lakefront.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityEngineTest {
    private final IdentityEngine engine = new IdentityEngine(new PlainStringMetrics());

    private Resolution resolve(List<PersonRecord> records) {
        return engine.resolve(ResolutionRequest.of(records, IdentitySpec.defaults()), TaskContext.silent());
    }

    @Test
    void aRecordWithATypoJoinsItsOriginalAndStrangersStayApart() {
        People.Population population = People.generate(300, 7);
        Resolution resolution = resolve(population.records());
        Map<String, Long> clusterOf = new HashMap<>();
        resolution.assignments().forEach((key, id) -> clusterOf.put(key.recordId(), id));
        int wrongMerges = 0;
        int missedMerges = 0;
        for (String x : clusterOf.keySet()) {
            for (String y : clusterOf.keySet()) {
                if (x.compareTo(y) < 0) {
                    boolean same = population.personOf().get(x).equals(population.personOf().get(y));
                    boolean merged = clusterOf.get(x).equals(clusterOf.get(y));
                    wrongMerges += !same && merged ? 1 : 0;
                    missedMerges += same && !merged ? 1 : 0;
                }
            }
        }
        assertThat(wrongMerges).isZero();
        assertThat(missedMerges).isLessThanOrEqualTo(2);
    }

    @Test
    void oneSharedAddressCountsOnceSoAFamilyMemberDoesNotMerge() {
        List<PersonRecord> records = new ArrayList<>(People.generate(300, 7).records());
        Map<String, String> mother = Map.of(StandardFields.GIVEN_NAME, "margaret", StandardFields.FAMILY_NAME, "okafor",
                StandardFields.BIRTH_DATE, "1961-03-14", StandardFields.STREET, "12 acacia avenue",
                StandardFields.POSTCODE, "2400", StandardFields.CITY, "springfield");
        Map<String, String> son = new HashMap<>(mother);
        son.put(StandardFields.GIVEN_NAME, "tobias");
        son.put(StandardFields.BIRTH_DATE, "1990-08-02");
        records.add(People.record("mother", mother));
        records.add(People.record("son", son));
        Resolution resolution = resolve(records);

        RecordKey a = new RecordKey("test", "mother");
        RecordKey b = new RecordKey("test", "son");
        assertThat(resolution.clusterOf(a)).isNotEqualTo(resolution.clusterOf(b));
        Waterfall why = resolution.explain(a, b);
        assertThat(why.steps()).filteredOn(step -> step.comparison().equals(StandardFields.POSTCODE))
                .singleElement().satisfies(step -> {
                    assertThat(step.level()).isEqualTo("covered by street");
                    assertThat(step.weight()).isZero();
                });
        assertThat(why.steps()).filteredOn(step -> step.comparison().equals(StandardFields.CITY))
                .singleElement().satisfies(step -> assertThat(step.level()).isEqualTo("covered by street"));
    }

    @Test
    void twinsSharingALandlineAndAnAddressAreHeldForReviewNotMerged() {
        List<PersonRecord> records = new ArrayList<>(People.generate(300, 7).records());
        Map<String, String> first = Map.of(StandardFields.GIVEN_NAME, "rosalind", StandardFields.FAMILY_NAME, "okafor",
                StandardFields.BIRTH_DATE, "2001-05-20", StandardFields.STREET, "12 acacia avenue",
                StandardFields.POSTCODE, "2400", StandardFields.CITY, "springfield", StandardFields.PHONE,
                "+44 20 7946 0018");
        Map<String, String> second = new HashMap<>(first);
        second.put(StandardFields.GIVEN_NAME, "benedict");
        records.add(People.record("twin-1", first));
        records.add(People.record("twin-2", second));
        // A threshold this small population's model puts the twins above (their shared phone is untrained here).
        IdentitySpec spec = IdentitySpec.defaults().withThresholds(new Thresholds(4.0, 0.0));
        Resolution resolution = engine.resolve(ResolutionRequest.of(records, spec), TaskContext.silent());

        RecordKey a = new RecordKey("test", "twin-1");
        RecordKey b = new RecordKey("test", "twin-2");
        Waterfall why = resolution.explain(a, b);
        assertThat(why.matchWeight()).as("the weight alone would merge them")
                .isGreaterThanOrEqualTo(spec.thresholds().autoMatch());
        assertThat(why.band()).isEqualTo(MatchBand.REVIEW);
        assertThat(why.heldForReview()).contains(StandardFields.GIVEN_NAME);
        assertThat(resolution.clusterOf(a)).isNotEqualTo(resolution.clusterOf(b));
    }

    @Test
    void peoplesDecisionsReEstimateTheModelAndSuggestAThreshold() {
        People.Population population = People.generate(300, 7);
        Resolution unsupervised = resolve(population.records());
        // Every true pair decided: the family name of a second record always ends in "e" (a typo the
        // labels show is common among matches), and strangers are kept apart.
        List<LinkConstraint> decisions = new ArrayList<>();
        for (PersonRecord record : population.records()) {
            if (record.recordId().endsWith("b")) {
                String original = record.recordId().substring(0, record.recordId().length() - 1) + "a";
                decisions.add(LinkConstraint.mustLink(new RecordKey("test", original), record.key()));
            }
        }
        for (int i = 0; i + 1 < 40; i += 2) {
            decisions.add(LinkConstraint.cannotLink(new RecordKey("test", "p" + i + "a"),
                    new RecordKey("test", "p" + (i + 1) + "a")));
        }
        Resolution taught = engine.resolve(new ResolutionRequest(population.records(), IdentitySpec.defaults(),
                PreviousClusters.none(), decisions), TaskContext.silent());

        assertThat(taught.diagnostics().training()).anySatisfy(run -> {
            assertThat(run.rule()).isEqualTo(TrainingRun.FROM_DECISIONS);
            assertThat(run.pairs()).isEqualTo(decisions.size());
            assertThat(run.comparisonsTrained()).contains(StandardFields.FAMILY_NAME);
        });
        LinkConstraint first = decisions.get(0);
        String typoLevel = taught.explain(first.a(), first.b()).steps().stream()
                .filter(step -> step.comparison().equals(StandardFields.FAMILY_NAME)).findFirst().orElseThrow().level();
        int family = indexOf(taught.model(), StandardFields.FAMILY_NAME);
        int typo = levelOf(taught.model().comparisons().get(family), typoLevel);
        assertThat(typo).as("the typo's level").isGreaterThan(1);
        assertThat(taught.model().m(family, typo)).isGreaterThan(unsupervised.model().m(family, typo));
        assertThat(ThresholdAdvice.of(taught, decisions, 0.99)).hasValueSatisfying(advice -> {
            assertThat(advice.labelledPrecision()).isGreaterThanOrEqualTo(0.99);
            assertThat(advice.labelled()).isEqualTo(decisions.size());
        });
    }

    private static int levelOf(Comparison comparison, String label) {
        for (int l = 0; l < comparison.levelCount(); l++) {
            if (comparison.levelLabel(l).equals(label)) {
                return l;
            }
        }
        throw new AssertionError("no level " + label);
    }

    private static int indexOf(MatchModel model, String comparison) {
        for (int c = 0; c < model.comparisons().size(); c++) {
            if (model.comparisons().get(c).name().equals(comparison)) {
                return c;
            }
        }
        throw new AssertionError("no comparison " + comparison);
    }

    @Test
    void aSharedEmailLiftsTheHoldAndInitialsDoNotMakeGivenNamesDiffer() {
        List<PersonRecord> records = new ArrayList<>(People.generate(300, 7).records());
        records.add(People.record("bobby", Map.of(StandardFields.GIVEN_NAME, "Bobby", StandardFields.FAMILY_NAME, "Kelley",
                StandardFields.EMAIL, "rk1978@mail.example", StandardFields.BIRTH_DATE, "1978-04-02")));
        records.add(People.record("robert", Map.of(StandardFields.GIVEN_NAME, "Roberta J.", StandardFields.FAMILY_NAME,
                "Kelley", StandardFields.EMAIL, "rk1978@mail.example", StandardFields.BIRTH_DATE, "1978-04-02")));
        records.add(People.record("initial", Map.of(StandardFields.GIVEN_NAME, "Rob", StandardFields.FAMILY_NAME, "Kelley",
                StandardFields.BIRTH_DATE, "1978-04-02", StandardFields.STREET, "5 elm street", StandardFields.POSTCODE,
                "2222")));
        records.add(People.record("initial-2", Map.of(StandardFields.GIVEN_NAME, "Rob M.", StandardFields.FAMILY_NAME,
                "Kelley", StandardFields.BIRTH_DATE, "1978-04-02", StandardFields.STREET, "5 elm street",
                StandardFields.POSTCODE, "2222")));
        Resolution resolution = resolve(records);

        Waterfall sameMailbox = resolution.explain(new RecordKey("test", "bobby"), new RecordKey("test", "robert"));
        assertThat(sameMailbox.steps()).anySatisfy(step -> {
            assertThat(step.comparison()).isEqualTo(StandardFields.GIVEN_NAME);
            assertThat(step.level()).isEqualTo("else");
        });
        assertThat(sameMailbox.heldForReview()).isNull();
        assertThat(sameMailbox.band()).isEqualTo(MatchBand.MATCH);
        Waterfall initial = resolution.explain(new RecordKey("test", "initial"), new RecordKey("test", "initial-2"));
        assertThat(initial.steps()).anySatisfy(step -> {
            assertThat(step.comparison()).isEqualTo(StandardFields.GIVEN_NAME);
            assertThat(step.level()).isEqualTo("exact");
        });
    }

    @Test
    void aComparisonCanOnlyBeCoveredByOneListedBeforeIt() {
        IdentitySpec defaults = IdentitySpec.defaults();
        List<Comparison> comparisons = new ArrayList<>(defaults.comparisons());
        Comparison street = comparisons.stream().filter(c -> c.name().equals(StandardFields.STREET)).findFirst()
                .orElseThrow();
        comparisons.remove(street);
        comparisons.add(street);

        assertThatThrownBy(() -> new IdentitySpec(defaults.blocking(), comparisons, defaults.deterministicRules(),
                defaults.thresholds(), defaults.training(), defaults.guards()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covered by 'street', which is not a comparison listed before it");
    }

    @Test
    void fiftyRecordsSharingAGenericEmailDoNotFormAGiantCluster() {
        List<PersonRecord> records = new ArrayList<>(People.generate(200, 11).records());
        for (int i = 0; i < 50; i++) {
            records.add(People.record("generic" + i, Map.of(StandardFields.EMAIL, "test@test.com",
                    StandardFields.GIVEN_NAME, "given" + i, StandardFields.FAMILY_NAME, "family" + (i * 7))));
            records.add(People.record("shop" + i, Map.of(StandardFields.EMAIL, "orders@corner-shop.example",
                    StandardFields.GIVEN_NAME, "buyer" + i, StandardFields.FAMILY_NAME, "surname" + (i * 3))));
        }
        Resolution resolution = resolve(records);

        int largest = resolution.clusters().stream().mapToInt(cluster -> cluster.members().size()).max().orElse(0);
        assertThat(largest).isLessThanOrEqualTo(3);
        assertThat(resolution.diagnostics().sharedValues())
                .anySatisfy(shared -> {
                    assertThat(shared.value()).isEqualTo("orders@corner-shop.example");
                    assertThat(shared.records()).isEqualTo(50);
                });
    }

    @Test
    void clusterIdsSurviveAReRunWithAChangedRecordAndAreNeverReused() {
        People.Population population = People.generate(200, 3);
        Resolution first = resolve(population.records());
        List<PersonRecord> changed = new ArrayList<>(population.records());
        PersonRecord moved = changed.get(0);
        Map<String, String> fields = new HashMap<>(moved.fields());
        fields.put(StandardFields.POSTCODE, "9999");
        changed.set(0, new PersonRecord(moved.source(), moved.recordId(), fields));
        changed.add(People.record("newcomer", Map.of(StandardFields.GIVEN_NAME, "quentin",
                StandardFields.FAMILY_NAME, "zabrowski", StandardFields.BIRTH_DATE, "1977-07-07")));

        Resolution second = engine.resolve(new ResolutionRequest(changed, IdentitySpec.defaults(), first.asPrevious(),
                List.of()), TaskContext.silent());

        first.assignments().forEach((key, id) -> assertThat(second.clusterOf(key)).as(key.toString()).isEqualTo(id));
        long newcomer = second.clusterOf(new RecordKey("test", "newcomer"));
        assertThat(newcomer).isEqualTo(first.nextClusterId());
        assertThat(second.nextClusterId()).isEqualTo(first.nextClusterId() + 1);
    }

    @Test
    void cannotLinkKeepsTwoRecordsApartAndMustLinkJoinsThem() {
        People.Population population = People.generate(200, 5);
        Resolution plain = resolve(population.records());
        int pair = -1;
        for (int i = 0; i < plain.pairs().size() && pair < 0; i++) {
            if (plain.pairs().band(i) == MatchBand.MATCH) {
                pair = i;
            }
        }
        RecordKey a = plain.pairs().recordA(pair);
        RecordKey b = plain.pairs().recordB(pair);
        RecordKey stranger = plain.assignments().keySet().stream()
                .filter(key -> plain.clusterOf(key) != plain.clusterOf(a)).findFirst().orElseThrow();
        assertThat(plain.clusterOf(a)).isEqualTo(plain.clusterOf(b));

        Resolution constrained = engine.resolve(new ResolutionRequest(population.records(), IdentitySpec.defaults(),
                PreviousClusters.none(), List.of(LinkConstraint.cannotLink(a, b), LinkConstraint.mustLink(a, stranger))),
                TaskContext.silent());

        assertThat(constrained.clusterOf(a)).isNotEqualTo(constrained.clusterOf(b));
        assertThat(constrained.clusterOf(a)).isEqualTo(constrained.clusterOf(stranger));
        assertThat(constrained.explainCluster(constrained.clusterOf(a)).edges())
                .anySatisfy(edge -> assertThat(edge.reason()).isEqualTo(ClusterEdge.MUST_LINK));
    }

    @Test
    void theWaterfallOfAPairAddsUpToItsMatchWeight() {
        Resolution resolution = resolve(People.generate(150, 9).records());
        for (int i = 0; i < Math.min(50, resolution.pairs().size()); i++) {
            Waterfall waterfall = resolution.explain(resolution.pairs().recordA(i), resolution.pairs().recordB(i));
            double sum = waterfall.steps().stream().mapToDouble(WaterfallStep::total).sum();
            assertThat(sum).isCloseTo(resolution.pairs().matchWeight(i), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(waterfall.matchWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(waterfall.steps().get(0).comparison()).isEqualTo("prior");
            assertThat(waterfall.steps()).hasSize(1 + IdentitySpec.defaults().comparisons().size());
        }
    }

    @Test
    void aClusterIsExplainedByTheEdgesBetweenItsMembers() {
        Resolution resolution = resolve(People.generate(150, 13).records());
        Cluster pairCluster = resolution.clusters().stream().filter(c -> c.members().size() == 2).findFirst()
                .orElseThrow();
        ClusterExplanation explanation = resolution.explainCluster(pairCluster.id());
        assertThat(explanation.members()).containsExactlyElementsOf(pairCluster.members());
        assertThat(explanation.edges()).isNotEmpty().allSatisfy(edge ->
                assertThat(List.of(edge.a(), edge.b())).containsExactlyInAnyOrderElementsOf(pairCluster.members()));
    }

    @Test
    void aRecordIdTwiceInOneSourceIsAUserError() {
        PersonRecord record = People.record("r1", Map.of(StandardFields.GIVEN_NAME, "ann"));
        assertThatThrownBy(() -> resolve(List.of(record, record)))
                .isInstanceOf(UserError.class).hasMessageContaining("r1").hasMessageContaining("test");
    }
}
