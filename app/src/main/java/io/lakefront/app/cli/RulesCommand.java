package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.workspace.FieldProfile;
import io.lakefront.domain.identity.workspace.ProposeRules;
import io.lakefront.domain.identity.workspace.RuleImpact;
import io.lakefront.domain.identity.workspace.RuleRecommendation;
import io.lakefront.domain.identity.workspace.SourceRecommendations;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rules propose} and {@code rules accept N}: the feedback loop's deterministic rules from the
 * command line. Proposals are computed again each time (the same decisions and run give the same
 * numbered list), so {@code accept N} accepts what {@code propose} showed.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Propose.class, RulesCommand.Recommend.class, RulesCommand.Accept.class},
        description = {"Deterministic rules proposed from people's decisions (rules propose), and rules recommended "
                + "for a newly added source (rules recommend --source NAME); accept either with rules accept."})
final class RulesCommand {

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = {"Lists deterministic rules (exact agreement on 1-3 fields) that the decisions in force "
                    + "support with no errors, with their impact on the latest resolution run. Nothing is saved.",
                    "Prints one numbered block per rule: reasoning, over-merge warning, sample pairs."})
    static final class Propose implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
                ProposeRules.Proposals proposals = workspace.proposeRules().propose(workspace.actor(),
                        new ConsoleProgress());
                print(out, proposals);
                out.flush();
            }
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "recommend", mixinStandardHelpOptions = true,
            description = {"Compares a newly added (synced and prepared) source's person columns - coverage, "
                    + "uniqueness, value overlap with the other sources, values several people share - with "
                    + "identity.yaml and recommends rules, one sentence of reasoning each. Statistics only; nothing "
                    + "is saved.", "--preview N runs the identity engine with and without recommendation N and "
                    + "prints what changes: pairs together and apart, people, largest cluster, sample pairs."})
    static final class Recommend implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The new source.")
        String source;

        @Option(names = "--preview", paramLabel = "N", description = "Preview recommendation N (two engine runs).")
        Integer preview;

        @Option(names = "--samples", paramLabel = "K", defaultValue = "3", description = "Sample pairs in a preview (default 3).")
        int samples;

        @Override
        public Integer call() {
            WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
                SourceRecommendations found = workspace.recommendRulesForSource()
                        .recommend(workspace.actor(), source, new ConsoleProgress());
                if (preview == null) {
                    printRecommendations(out, found);
                } else {
                    RuleRecommendation chosen = found.number(preview);
                    RuleImpact impact = workspace.previewRecommendation()
                            .preview(workspace.actor(), chosen, Math.max(0, samples), new ConsoleProgress());
                    printImpact(out, impact);
                }
                out.flush();
            }
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"Adds proposal N of 'rules propose' to identity.yaml (audited); the next run uses it.",
                    "With --source NAME: applies recommendation N of 'rules recommend --source NAME' instead, "
                            + "optionally edited (--fields, --levels, --values)."})
    static final class Accept implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "N", description = "The number 'rules propose' (or 'rules recommend') shows.")
        int number;

        @Option(names = "--source", paramLabel = "NAME", description = "Accept a recommendation for this new source.")
        String source;

        @Option(names = "--fields", split = ",", paramLabel = "FIELD",
                description = "Edit: the rule's (or blocking key's) fields, e.g. loyalty_id,birth_date.")
        List<String> fields;

        @Option(names = "--levels", paramLabel = "LEVELS",
                description = "Edit: the comparison's levels, e.g. \"exact, Levenshtein <= 1\".")
        String levels;

        @Option(names = "--values", split = ",", paramLabel = "VALUE", description = "Edit: the values to exclude.")
        List<String> values;

        @Override
        public Integer call() {
            WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
            PrintWriter out = spec.commandLine().getOut();
            if (source == null && (fields != null || levels != null || values != null)) {
                throw new UserError("rules accept: --fields, --levels and --values edit a recommendation: add --source NAME");
            }
            try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
                if (source != null) {
                    RuleRecommendation chosen = workspace.recommendRulesForSource()
                            .recommend(workspace.actor(), source, new ConsoleProgress()).number(number);
                    if (fields != null) {
                        chosen = chosen.withFields(fields);
                    }
                    if (levels != null) {
                        chosen = chosen.withLevels(levels);
                    }
                    if (values != null) {
                        chosen = chosen.withValues(values);
                    }
                    workspace.acceptRecommendation().accept(workspace.actor(), chosen);
                    out.println("applied recommendation " + number + " for " + source + " (" + chosen.title()
                            + ") to identity.yaml: " + chosen.describeChanges() + "; run 'resolve' to apply it");
                    out.flush();
                    return LakefrontCommand.OK;
                }
                ProposeRules.Proposal proposal = workspace.proposeRules()
                        .propose(workspace.actor(), new ConsoleProgress()).number(number);
                workspace.acceptRule().accept(workspace.actor(), proposal);
                out.println("added rule '" + proposal.rule().name() + "' (" + proposal.plainWords() + " → match) to "
                        + "identity.yaml; run 'resolve' to apply it");
                out.flush();
            }
            return LakefrontCommand.OK;
        }
    }

    static void print(PrintWriter out, ProposeRules.Proposals proposals) {
        if (!proposals.resolved()) {
            out.println("No suggestions yet: the workspace has not been resolved (run 'resolve').");
            return;
        }
        if (proposals.proposals().isEmpty()) {
            out.println("No suggestions yet: decide pairs in the review queue and run resolution ("
                    + proposals.labels() + " decisions in force).");
            return;
        }
        out.println(proposals.proposals().size() + " suggested rules from " + proposals.labels()
                + " decisions in force, impact on run " + proposals.runId() + ":");
        for (ProposeRules.Proposal p : proposals.proposals()) {
            out.println();
            out.println(p.number() + ". " + p.rule().name() + " [" + String.join(", ", p.rule().fields()) + "]");
            out.println("   " + p.reasoning());
            if (p.clustersJoined() > 0) {
                out.println("   largest resulting cluster: " + p.largestCluster() + " records");
            }
            if (p.warning() != null) {
                out.println("   " + p.warning());
            }
            for (ProposeRules.SamplePair pair : p.samples()) {
                out.println("   e.g. " + describe(pair.a(), p.rule().fields()) + "  |  "
                        + describe(pair.b(), p.rule().fields()));
            }
        }
        out.println();
        out.println("Accept one with: rules accept N");
    }

    static void printRecommendations(PrintWriter out, SourceRecommendations found) {
        if (found.records() == 0) {
            out.println("Source '" + found.source() + "' has no person columns (names, email, phone, national id): "
                    + "it is not resolved, so it calls for no identity rules (its rows may be events about people).");
            return;
        }
        out.println("Source " + found.source() + ": " + found.records() + " person records, compared with "
                + found.others() + " records of the other sources" + (found.resolved() ? " (the gold table's members)" : "")
                + ".");
        for (FieldProfile p : found.profile()) {
            if (p.filled() == 0) {
                continue;
            }
            out.printf(java.util.Locale.ROOT, "  %-14s filled %5.1f%%  unique %5.1f%%  values met elsewhere %5.1f%%%s%n",
                    p.field(), 100 * p.coverage(), 100 * p.uniqueness(), 100 * p.overlap(),
                    p.overlapWith().isEmpty() ? "" : " (" + String.join(", ", p.overlapWith()) + ")");
        }
        if (found.recommendations().isEmpty()) {
            out.println();
            out.println("No recommendations: the rules already fit this source.");
            return;
        }
        for (RuleRecommendation r : found.recommendations()) {
            out.println();
            out.println(r.number() + ". [" + r.kind().label() + "] " + r.title());
            out.println("   " + r.reasoning());
            out.println("   accepting writes: " + r.describeChanges());
        }
        out.println();
        out.println("Preview one with: rules recommend --source " + found.source() + " --preview N");
        out.println("Accept one with:  rules accept --source " + found.source() + " N");
    }

    static void printImpact(PrintWriter out, RuleImpact impact) {
        RuleRecommendation r = impact.recommendation();
        out.println("Preview of " + r.number() + ". " + r.title() + " (" + r.describeChanges() + "):");
        out.println("  " + impact.summary());
        if (impact.unchanged()) {
            out.println("  It changes nothing on this data: the current rules already keep these records as they are.");
        }
        if (impact.warning() != null) {
            out.println("  " + impact.warning());
        }
        List<String> fields = r.field() == null ? List.of() : List.of(r.field());
        for (ProposeRules.SamplePair pair : impact.samples()) {
            out.println("  together: " + describe(pair.a(), fields) + "  |  " + describe(pair.b(), fields));
        }
        for (ProposeRules.SamplePair pair : impact.splitSamples()) {
            out.println("  apart:    " + describe(pair.a(), fields) + "  |  " + describe(pair.b(), fields));
        }
    }

    /** A record in one line: its key, the rule's fields first, then its other values. */
    private static String describe(PersonRecord record, List<String> first) {
        StringBuilder line = new StringBuilder(record.key().toString()).append(':');
        for (String field : first) {
            line.append(' ').append(field).append('=').append(value(record, field));
        }
        for (String field : new TreeSet<>(record.fields().keySet())) {
            if (!first.contains(field) && record.field(field) != null && !record.field(field).isBlank()) {
                line.append(' ').append(field).append('=').append(record.field(field));
            }
        }
        return line.toString();
    }

    private static String value(PersonRecord record, String field) {
        String value = record.field(field);
        return value == null ? "-" : value;
    }
}
