package io.lakefront.app.identity;

import io.lakefront.connectors.yaml.IdentitySpecYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.StringMetrics;
import io.lakefront.domain.identity.workspace.AcceptRecommendation;
import io.lakefront.domain.identity.workspace.AcceptRule;
import io.lakefront.domain.identity.workspace.PreviewRecommendation;
import io.lakefront.domain.identity.workspace.RecommendRulesForSource;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import io.lakefront.domain.identity.workspace.LoadIdentityRules;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RecallLatestRun;
import io.lakefront.domain.identity.workspace.ResolveWorkspace;
import io.lakefront.domain.identity.workspace.SaveIdentityRules;
import io.lakefront.domain.identity.workspace.SourceUse;
import io.lakefront.domain.task.TaskContext;
import io.lakefront.ui.identity.IdentityRun;
import io.lakefront.ui.identity.IdentityWorkbench;
import io.lakefront.ui.identity.RulesCheck;
import io.lakefront.ui.identity.RulesProblem;
import io.lakefront.ui.identity.RulesText;
import io.lakefront.ui.identity.RunInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Identity screen's port over workspace-mode resolution: Run is {@link ResolveWorkspace} (prepared
 * sources, {@code identity.yaml}, stable ids, people's link decisions, gold rebuild, one commit); the
 * newest run is the workspace's latest committed run with the engine's result, in memory after a run
 * or computed again after a restart ({@link RecallLatestRun}); the rules are {@code identity.yaml},
 * loaded, checked and saved (audited) through the same use cases as the command line.
 */
public final class WorkspaceIdentityWorkbench implements IdentityWorkbench {
    private final Path rulesFile;
    private final Supplier<Actor> actor;
    private final ResolveWorkspace resolve;
    private final RecallLatestRun recall;
    private final LoadIdentityRules loadRules;
    private final SaveIdentityRules saveRules;
    private final StringMetrics metrics;
    private final ProposeRules proposeRules;
    private final AcceptRule acceptRule;
    private final Pattern place;
    private final Recommendations recommendations;

    /** The use cases behind "Recommended for source X". */
    public record Recommendations(RecommendRulesForSource recommend, PreviewRecommendation preview,
                                  AcceptRecommendation accept) {
    }

    public WorkspaceIdentityWorkbench(Path rulesFile, Supplier<Actor> actor, ResolveWorkspace resolve,
                                      RecallLatestRun recall, LoadIdentityRules loadRules, SaveIdentityRules saveRules,
                                      StringMetrics metrics, ProposeRules proposeRules, AcceptRule acceptRule,
                                      Recommendations recommendations) {
        this.recommendations = recommendations;
        this.rulesFile = rulesFile;
        this.actor = actor;
        this.resolve = resolve;
        this.recall = recall;
        this.loadRules = loadRules;
        this.saveRules = saveRules;
        this.metrics = metrics;
        this.proposeRules = proposeRules;
        this.acceptRule = acceptRule;
        this.place = Pattern.compile(Pattern.quote(rulesFile.toString()) + ":(\\d+):(\\d+): (.*)", Pattern.DOTALL);
    }

    @Override
    public IdentityRun run(TaskContext context) {
        resolve.resolve(actor.get(), context);
        context.message("Summarizing the run");
        return latest(context).orElseThrow(() -> new IllegalStateException("a committed run was not found"));
    }

    @Override
    public Optional<IdentityRun> latest() {
        return latest(TaskContext.silent());
    }

    private Optional<IdentityRun> latest(TaskContext context) {
        return recall.recall(actor.get(), context).map(latest -> {
            List<RunInput> inputs = new ArrayList<>();
            for (SourceUse use : latest.run().sources()) {
                if (use.people()) {
                    inputs.add(new RunInput(use.source(), (int) use.records(), use.detail()));
                }
            }
            return IdentityRun.of(latest.resolution(), latest.spec(), latest.records(), inputs, metrics,
                    latest.run().finishedAt(), latest.run().millis());
        });
    }

    @Override
    public RulesText rules() {
        LoadIdentityRules.RulesText loaded = loadRules.load(actor.get());
        return new RulesText(loaded.text(), rulesFile.toString(), loaded.saved());
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
        saveRules.saveText(actor.get(), yaml);
        return new RulesText(yaml, rulesFile.toString(), true);
    }

    @Override
    public ProposeRules.Proposals proposeRules(TaskContext context) {
        return proposeRules.propose(actor.get(), context);
    }

    @Override
    public RulesText acceptRule(ProposeRules.Proposal proposal) throws IOException {
        acceptRule.accept(actor.get(), proposal);
        return rules();
    }

    @Override
    public List<String> recommendationSources() {
        return recommendations.recommend().sources(actor.get());
    }

    @Override
    public List<String> newSources() {
        return recommendations.recommend().newSources(actor.get());
    }

    @Override
    public SourceRecommendations recommendRules(String source, TaskContext context) {
        return recommendations.recommend().recommend(actor.get(), source, context);
    }

    @Override
    public RuleImpact previewRecommendation(RuleRecommendation recommendation, int samples, TaskContext context) {
        return recommendations.preview().preview(actor.get(), recommendation, samples, context);
    }

    @Override
    public RulesText acceptRecommendation(RuleRecommendation recommendation) throws IOException {
        recommendations.accept().accept(actor.get(), recommendation);
        return rules();
    }
}
