package io.lakefront.ui.fakes;

import io.lakefront.connectors.similarity.CommonsStringMetrics;
import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RuleMining;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.identity.workspace.SourceRecommender;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.StringMetrics;
import io.lakefront.domain.identity.mapping.SpecForFields;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.identity.IdentityRun;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.identity.RulesCheck;
import io.lakefront.ui.identity.RulesProblem;
import io.lakefront.ui.identity.RulesText;
import io.lakefront.ui.identity.RunInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Identity screen's port over records held in memory: the real engine and the real
 * {@code identity.yaml} reader and writer, with the rules "file" kept as a string.
 */
public final class InMemoryIdentityWorkbench implements IdentityWorkbench {
    public static final Path RULES_FILE = Path.of("/tmp/lakefront-test-workspace/identity.yaml");
    private static final Pattern PLACE = Pattern.compile(Pattern.quote(RULES_FILE.toString()) + ":(\\d+):(\\d+): (.*)",
            Pattern.DOTALL);

    private final StringMetrics metrics = new CommonsStringMetrics();
    private final IdentityEngine engine = new IdentityEngine(metrics);
    private final List<PersonRecord> records = new ArrayList<>();
    private final Map<String, List<PreparedColumn>> columns = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<LinkConstraint> decisions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int minSupport = RuleMining.DEFAULT_MIN_SUPPORT;
    private final Instant now;
    private volatile String savedRules;
    private volatile IdentityRun latest;
    private volatile int runs;
    /** While set, a run waits for cancellation (to prove Cancel); counted down once it waits. */
    private volatile CountDownLatch holding;

    public InMemoryIdentityWorkbench(Instant now) {
        this.now = now;
    }

    /** Two sources of the same six people, with typos, nicknames, a moved person and two namesakes. */
    public static InMemoryIdentityWorkbench withPeople(Instant now) {
        InMemoryIdentityWorkbench w = new InMemoryIdentityWorkbench(now);
        w.person("crm", "C-1", "Maria", "Lopez", "maria.lopez@example.com", "+15125550134", "1984-03-02", "Austin");
        w.person("crm", "C-2", "James", "O'Neil", "jim.oneil@example.com", "+15125550199", "1979-11-23", "Austin");
        w.person("crm", "C-3", "Anna", "Schmidt", "anna.schmidt@example.de", "+49301234567", "1990-07-14", "Berlin");
        w.person("crm", "C-4", "Robert", "Brown", "rob.brown@example.com", "+14155550101", "1965-01-30", "Denver");
        w.person("crm", "C-5", "Linda", "Nguyen", "linda.n@example.com", "+13125550150", "1988-05-05", "Chicago");
        w.person("crm", "C-6", "Peter", "Meyer", "p.meyer@example.de", "+49897654321", "1972-09-09", "Munich");
        w.person("crm", "C-7", "John", "Smith", "john.smith@example.com", "+12065550111", "1980-02-02", "Seattle");
        w.person("crm", "C-8", "John", "Smith", "jsmith77@example.com", "+16175550177", "1977-12-12", "Boston");
        w.person("webshop", "W-1", "Maria", "Lopez", "maria.lopez@example.com", "", "1984-03-02", "Austin");
        w.person("webshop", "W-2", "Jim", "O'Neil", "jim.oneil@example.com", "+15125550199", "", "Austin");
        w.person("webshop", "W-3", "Ana", "Schmitt", "anna.schmidt@example.de", "", "1990-07-14", "Berlin");
        w.person("webshop", "W-4", "Bob", "Brown", "", "+14155550101", "1965-01-30", "Boulder");
        w.person("webshop", "W-5", "Linda", "Nguyen", "", "+13125550150", "1988-05-05", "Chicago");
        w.person("webshop", "W-6", "Petra", "Meyer", "petra.meyer@example.de", "+49891112233", "1975-04-01", "Munich");
        w.person("webshop", "W-7", "John", "Smith", "john.smith@example.com", "", "1980-02-02", "Seattle");
        w.person("webshop", "W-8", "Jon", "Smith", "", "+12065550111", "1980-02-02", "Seattle");
        return w;
    }

    public void person(String source, String id, String given, String family, String email, String phone,
                       String birthDate, String city) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(StandardFields.GIVEN_NAME, given);
        fields.put(StandardFields.FAMILY_NAME, family);
        fields.put(StandardFields.EMAIL, email);
        fields.put(StandardFields.PHONE, phone);
        fields.put(StandardFields.BIRTH_DATE, birthDate);
        fields.put(StandardFields.CITY, city);
        fields.values().removeIf(String::isEmpty);
        records.add(new PersonRecord(source, id, fields));
    }

    /** Makes the next runs wait until cancelled; the returned latch opens once a run is waiting. */
    public CountDownLatch holdRunsUntilCancelled() {
        holding = new CountDownLatch(1);
        return holding;
    }

    /** A person's decision, respected by the next run and learnt from by rule proposals. */
    public void decide(LinkConstraint decision) {
        decisions.add(decision);
    }

    /** Fewest labelled pairs a proposed rule needs (a handful of records cannot give the default). */
    public void minSupport(int support) {
        minSupport = support;
    }

    public int runs() {
        return runs;
    }

    public String savedRules() {
        return savedRules;
    }

    @Override
    public IdentityRun run(TaskContext context) throws Exception {
        long started = System.nanoTime();
        CountDownLatch hold = holding;
        if (hold != null) {
            context.message("Waiting to be cancelled");
            hold.countDown();
            while (!context.cancelled()) {
                Thread.sleep(5);
            }
            throw new CancellationException("cancelled");
        }
        if (records.isEmpty()) {
            throw new UserError("no person records to resolve: add and prepare a source with names");
        }
        IdentitySpec spec;
        if (savedRules == null) {
            Set<String> present = new HashSet<>();
            records.forEach(r -> present.addAll(r.fields().keySet()));
            spec = SpecForFields.zeroConfig(present).spec();
            savedRules = IdentitySpecYaml.text(spec);
        } else {
            spec = IdentitySpecYaml.parse(savedRules, RULES_FILE);
        }
        IdentityRun previous = latest;
        PreviousClusters before = previous == null ? PreviousClusters.none() : previous.resolution().asPrevious();
        Resolution resolution = engine.resolve(new ResolutionRequest(records, spec, before, List.copyOf(decisions)), context);
        Map<String, Integer> perSource = new LinkedHashMap<>();
        records.forEach(r -> perSource.merge(r.source(), 1, Integer::sum));
        List<RunInput> inputs = new ArrayList<>();
        perSource.forEach((source, count) -> inputs.add(new RunInput(source, count, "in memory")));
        IdentityRun run = IdentityRun.of(resolution, spec, records, inputs, metrics, now,
                (System.nanoTime() - started) / 1_000_000);
        latest = run;
        runs++;
        return run;
    }

    @Override
    public Optional<IdentityRun> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public RulesText rules() {
        return savedRules == null
                ? new RulesText(IdentitySpecYaml.text(SpecForFields.zeroConfig(Set.copyOf(
                        io.lakefront.domain.identity.mapping.PersonFields.ALL)).spec()), RULES_FILE.toString(), false)
                : new RulesText(savedRules, RULES_FILE.toString(), true);
    }

    @Override
    public RulesCheck check(String yaml) {
        try {
            return RulesCheck.valid(IdentitySpecYaml.parse(yaml, RULES_FILE));
        } catch (UserError e) {
            Matcher place = PLACE.matcher(e.getMessage());
            return RulesCheck.invalid(place.matches()
                    ? new RulesProblem(Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)), place.group(3))
                    : new RulesProblem(0, 0, e.getMessage()));
        } catch (IOException e) {
            return RulesCheck.invalid(new RulesProblem(0, 0, e.getMessage()));
        }
    }

    @Override
    public String text(IdentitySpec spec) {
        return IdentitySpecYaml.text(spec);
    }

    @Override
    public RulesText save(String yaml) {
        RulesCheck check = check(yaml);
        if (!check.ok()) {
            throw new UserError(RULES_FILE + ": " + check.problems().get(0).describe());
        }
        savedRules = yaml;
        return new RulesText(yaml, RULES_FILE.toString(), true);
    }

    @Override
    public ProposeRules.Proposals proposeRules(TaskContext context) {
        IdentityRun run = latest;
        if (run == null) {
            return new ProposeRules.Proposals(0, decisions.size(), null, List.of());
        }
        List<DeterministicRule> saved;
        try {
            saved = savedRules == null ? List.of() : IdentitySpecYaml.parse(savedRules, RULES_FILE).deterministicRules();
        } catch (IOException e) {
            saved = List.of();
        }
        return ProposeRules.proposalsOf(runs, run.resolution(), run.spec(), records, List.copyOf(decisions), saved,
                minSupport);
    }

    @Override
    public RulesText acceptRule(ProposeRules.Proposal proposal) throws IOException {
        IdentitySpec spec = IdentitySpecYaml.parse(rules().yaml(), RULES_FILE);
        List<DeterministicRule> rules = new ArrayList<>(spec.deterministicRules());
        rules.add(proposal.rule());
        return save(IdentitySpecYaml.text(spec.withDeterministicRules(rules)));
    }

    /** Sources of the in-memory records, those the latest run did not resolve first. */
    @Override
    public List<String> recommendationSources() {
        List<String> all = records.stream().map(PersonRecord::source).distinct().toList();
        List<String> fresh = newSources();
        List<String> ordered = new ArrayList<>(fresh);
        all.stream().filter(s -> !fresh.contains(s)).forEach(ordered::add);
        return ordered;
    }

    @Override
    public List<String> newSources() {
        IdentityRun run = latest;
        if (run == null) {
            return List.of();
        }
        Set<String> resolved = new HashSet<>();
        run.resolution().assignments().keySet().forEach(key -> resolved.add(key.source()));
        return records.stream().map(PersonRecord::source).distinct().filter(s -> !resolved.contains(s)).toList();
    }

    private IdentitySpec currentSpec() throws IOException {
        return IdentitySpecYaml.parse(rules().yaml(), RULES_FILE);
    }

    @Override
    public SourceRecommendations recommendRules(String source, TaskContext context) throws IOException {
        IdentityRun run = latest;
        Map<io.lakefront.domain.identity.RecordKey, Long> clusters = run == null ? Map.of()
                : run.resolution().assignments();
        return SourceRecommender.recommend(source, columns.getOrDefault(source, List.of()), List.copyOf(records),
                clusters, currentSpec());
    }

    @Override
    public RuleImpact previewRecommendation(RuleRecommendation recommendation, int samples, TaskContext context)
            throws IOException {
        IdentitySpec spec = currentSpec();
        IdentityRun run = latest;
        return RuleImpact.measure(recommendation, List.copyOf(records), spec, recommendation.applyTo(spec),
                run == null ? PreviousClusters.none() : run.resolution().asPrevious(), List.copyOf(decisions), engine,
                samples, context);
    }

    @Override
    public RulesText acceptRecommendation(RuleRecommendation recommendation) throws IOException {
        return save(IdentitySpecYaml.text(recommendation.applyTo(currentSpec())));
    }

    /** A source's columns with their tags, for naming the columns behind a recommendation. */
    public void columns(String source, List<PreparedColumn> tagged) {
        columns.put(source, List.copyOf(tagged));
    }

    /** A record with any fields (an other_id column's field, say), as a source would map it. */
    public void record(String source, String id, Map<String, String> fields) {
        records.add(new PersonRecord(source, id, fields));
    }
}
