package io.lakefront.app.identity;

import io.lakefront.connectors.file.AtomicFile;
import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.IdentityEngine;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.PreviousClusters;
import io.lakefront.domain.identity.Resolution;
import io.lakefront.domain.identity.ResolutionRequest;
import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.StringMetrics;
import io.lakefront.domain.identity.mapping.PersonFields;
import io.lakefront.domain.identity.mapping.SpecForFields;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.prep.PreparedStore;
import io.lakefront.domain.source.Source;
import io.lakefront.domain.source.SourceKind;
import io.lakefront.domain.source.SourceStore;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.domain.time.WorkspaceClock;
import io.lakefront.ui.identity.IdentityRun;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.identity.RulesCheck;
import io.lakefront.ui.identity.RulesProblem;
import io.lakefront.ui.identity.RulesText;
import io.lakefront.ui.identity.RunInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Identity screen's port, for now: resolves the people in the workspace's file and folder
 * sources, read from their files the way {@code resolve} reads its inputs (tagged on a sample, mapped
 * to person fields), keeps the rules in {@code identity.yaml} in the workspace folder and the newest
 * run in memory.
 *
 * <p>Interim, until workspace-mode resolution lands (prepared tables as input, runs and clusters kept
 * in the database): the integrator swaps this class for an adapter over that use case; the screen's
 * port ({@link IdentityWorkbench}) stays as it is. Until then JDBC sources are not resolved, a run is
 * forgotten when the app closes, and the user's tag edits of a source do not apply here.
 */
public final class SourceFilesIdentityWorkbench implements IdentityWorkbench {
    public static final String RULES_FILE = "identity.yaml";
    private static final Set<ColumnTag> NAME_TAGS = Set.of(ColumnTag.GIVEN_NAME, ColumnTag.FAMILY_NAME,
            ColumnTag.FULL_NAME);

    private final Path rulesFile;
    private final SourceStore sources;
    private final PreparedStore prepared;
    private final InputReader reader;
    private final IdentityEngine engine;
    private final StringMetrics metrics;
    private final WorkspaceClock clock;
    private final Pattern place;
    private final Object running = new Object();
    private volatile IdentityRun latest;

    public SourceFilesIdentityWorkbench(Path workspace, SourceStore sources, PreparedStore prepared, InputReader reader,
                                        StringMetrics metrics, WorkspaceClock clock) {
        this.rulesFile = workspace.resolve(RULES_FILE);
        this.sources = sources;
        this.prepared = prepared;
        this.reader = reader;
        this.metrics = metrics;
        this.engine = new IdentityEngine(metrics);
        this.clock = clock;
        this.place = Pattern.compile(Pattern.quote(rulesFile.toString()) + ":(\\d+):(\\d+): (.*)", Pattern.DOTALL);
    }

    @Override
    public IdentityRun run(TaskContext context) throws Exception {
        synchronized (running) { // one run at a time: each keeps the previous run's cluster ids
            long started = System.nanoTime();
            List<PersonRecord> records = new ArrayList<>();
            List<RunInput> inputs = new ArrayList<>();
            for (Source source : personSources()) {
                context.message("Reading " + source.name());
                ReadInput input = reader.read(Path.of(source.location()), null);
                if (!hasNames(input.mapping().fields())) {
                    continue; // never prepared, and the file turned out to hold no names
                }
                for (PersonRecord record : input.records()) {
                    // Keyed by the workspace's source name (crm/0031), as workspace-mode resolution will.
                    records.add(new PersonRecord(source.name(), record.recordId(), record.fields()));
                }
                inputs.add(new RunInput(source.name(), input.records().size(),
                        Path.of(source.location()).getFileName() + ", ids from " + input.idOrigin()));
                context.checkCancelled();
            }
            if (records.isEmpty()) {
                throw new UserError("no person records to resolve: add a file or folder source whose columns hold "
                        + "people's names, sync and prepare it (database sources join with workspace-mode resolution)");
            }
            IdentitySpec spec = Files.exists(rulesFile) ? IdentitySpecYaml.read(rulesFile)
                    : SpecForFields.zeroConfig(fieldsPresent(records)).spec();
            IdentityRun previous = latest;
            PreviousClusters before = previous == null ? PreviousClusters.none() : previous.resolution().asPrevious();
            Resolution resolution = engine.resolve(new ResolutionRequest(records, spec, before, List.of()), context);
            context.message("Summarizing the run");
            IdentityRun run = IdentityRun.of(resolution, spec, records, inputs, metrics, clock.now(),
                    (System.nanoTime() - started) / 1_000_000);
            if (!Files.exists(rulesFile)) {
                // The rules built for the fields found become the workspace's rules, to read and edit.
                AtomicFile.write(rulesFile, IdentitySpecYaml.text(spec));
            }
            latest = run;
            return run;
        }
    }

    /** File and folder sources that still exist and, when prepared, have a name column. */
    private List<Source> personSources() {
        List<Source> found = new ArrayList<>();
        for (Source source : sources.list()) {
            if (source.kind() == SourceKind.JDBC || !Files.exists(Path.of(source.location()))) {
                continue;
            }
            List<PreparedColumn> columns = prepared.columns(source.name());
            if (columns.isEmpty() || columns.stream().anyMatch(c -> NAME_TAGS.contains(c.tag()))) {
                found.add(source);
            }
        }
        return found;
    }

    private static boolean hasNames(Set<String> fields) {
        return fields.contains(StandardFields.GIVEN_NAME) || fields.contains(StandardFields.FAMILY_NAME);
    }

    private static Set<String> fieldsPresent(List<PersonRecord> records) {
        Set<String> present = new HashSet<>();
        for (PersonRecord record : records) {
            present.addAll(record.fields().keySet());
        }
        return present;
    }

    @Override
    public Optional<IdentityRun> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public RulesText rules() throws IOException {
        if (Files.exists(rulesFile)) {
            return new RulesText(Files.readString(rulesFile), rulesFile.toString(), true);
        }
        IdentitySpec start = SpecForFields.zeroConfig(Set.copyOf(PersonFields.ALL)).spec();
        return new RulesText(IdentitySpecYaml.text(start), rulesFile.toString(), false);
    }

    @Override
    public RulesCheck check(String yaml) {
        try {
            return RulesCheck.valid(IdentitySpecYaml.parse(yaml, rulesFile));
        } catch (UserError e) {
            Matcher at = place.matcher(e.getMessage());
            if (at.matches()) {
                return RulesCheck.invalid(new RulesProblem(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)),
                        at.group(3)));
            }
            String message = e.getMessage().startsWith(rulesFile + ": ")
                    ? e.getMessage().substring(rulesFile.toString().length() + 2) : e.getMessage();
            return RulesCheck.invalid(new RulesProblem(0, 0, message));
        } catch (IOException e) {
            return RulesCheck.invalid(new RulesProblem(0, 0, "cannot read the rules: " + e.getMessage()));
        }
    }

    @Override
    public String text(IdentitySpec spec) {
        return IdentitySpecYaml.text(spec);
    }

    @Override
    public RulesText save(String yaml) throws IOException {
        RulesCheck check = check(yaml);
        if (!check.ok()) {
            throw new UserError(rulesFile + ": not saved, " + check.problems().get(0).describe());
        }
        AtomicFile.write(rulesFile, yaml);
        return new RulesText(yaml, rulesFile.toString(), true);
    }
}
