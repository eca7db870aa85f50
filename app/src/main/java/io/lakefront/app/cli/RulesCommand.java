package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.identity.PersonRecord;
import io.lakefront.domain.identity.workspace.ProposeRules;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rules propose} and {@code rules accept N}: the feedback loop's deterministic rules from the
 * command line. Proposals are computed again each time (the same decisions and run give the same
 * numbered list), so {@code accept N} accepts what {@code propose} showed.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Propose.class, RulesCommand.Accept.class},
        description = "Deterministic rules proposed from people's decisions; see: rules propose --help")
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

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Adds proposal N of 'rules propose' to identity.yaml (audited); the next run uses it.")
    static final class Accept implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "N", description = "The number 'rules propose' shows.")
        int number;

        @Override
        public Integer call() {
            WorkspaceOptions options = ((LakefrontCommand) spec.root().userObject()).workspace;
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = Workspace.open(options.directory(), options.clock())) {
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
