package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.connectors.yaml.BriefYaml;
import io.lakefront.domain.UserError;
import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.brief.BriefConversation;
import io.lakefront.domain.campaign.brief.BriefDiff;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.BriefValidator;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.Variant;
import io.lakefront.domain.governance.Permission;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "campaigns", mixinStandardHelpOptions = true,
        description = "The workspace's campaigns and their briefs.",
        subcommands = {CampaignsCommand.ListCampaignsCommand.class, CampaignsCommand.ShowCommand.class,
                CampaignsCommand.DraftCommand.class, CampaignsCommand.ApproveCommand.class,
                CampaignsCommand.VersionsCommand.class, CampaignsCommand.DiffCommand.class,
                CampaignsCommand.ExportBriefCommand.class, CampaignsCommand.ImportBriefCommand.class})
final class CampaignsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "campaigns: name a subcommand (list, show, draft, approve, versions, diff, export, import)");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints one campaign name a line.")
    static final class ListCampaignsCommand extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace) {
            for (Campaign campaign : workspace.listCampaigns().list(workspace.actor())) {
                out().println(campaign.name());
            }
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a campaign's brief section by section, and its problems checked against the data now.")
    static final class ShowCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(Permission.VIEW_WORKSPACE);
            CampaignBrief brief = brief(workspace, name);
            print(out(), brief);
            problems(out(), workspace, brief);
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = "Drafts a brief through the conversation's questions; an answer left out takes the default "
                    + "drawn from the data. Saves it as a draft and prints it.")
    static final class DraftCommand extends WorkspaceCommand {
        @Option(names = "--goal", required = true, description = "win back, welcome, cross-sell, retain or announce")
        String goal;
        @Option(names = "--audience", description = "a saved audience or the goal's usual audience (default)")
        String audience;
        @Option(names = "--channels", description = "e.g. email,sms (default: those enough members consented to)")
        String channels;
        @Option(names = "--messages", description = "how many messages (default: the goal's usual number)")
        String messages;
        @Option(names = "--end", description = "YYYY-MM-DD, N days, or 'always on'")
        String end;
        @Option(names = "--target", description = "the success metric's target, e.g. 3.5%% (default: baseline plus the usual lift)")
        String target;
        @Option(names = "--constraints", description = "e.g. 'cap 2/7, quiet 21-8, tickets yes, converters 30'")
        String constraints;
        @Option(names = "--name", description = "the campaign's name (default: goal and month)")
        String campaignName;

        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(Permission.EDIT_CAMPAIGNS);
            BriefConversation conversation = new BriefConversation(workspace.measureAudience()::measure, List.of(),
                    Optional.empty(), workspace.clock().today());
            List<String> answers = java.util.Arrays.asList(goal, audience, channels, messages, end, target, constraints,
                    campaignName);
            for (String answer : answers) {
                BriefConversation.Step step = conversation.step();
                try {
                    conversation.answer(answer);
                } catch (UserError problem) {
                    throw new UserError("--" + option(step) + ": " + problem.getMessage());
                }
            }
            CampaignBrief saved = workspace.saveBrief().save(workspace.actor(), conversation.brief());
            print(out(), saved);
            problems(out(), workspace, saved);
            return LakefrontCommand.OK;
        }

        private static String option(BriefConversation.Step step) {
            return step == BriefConversation.Step.NAME ? "name" : step.name().toLowerCase(Locale.ROOT);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves a brief (needs a role allowed to approve campaigns); refused while it has errors.")
    static final class ApproveCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int run(Workspace workspace) {
            CampaignBrief approved = workspace.approveBrief().approve(workspace.actor(), name);
            out().println("approved " + approved.name() + " version " + approved.version() + " by " + approved.approvedBy());
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "Lists a brief's kept versions, oldest first.")
    static final class VersionsCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(Permission.VIEW_WORKSPACE);
            brief(workspace, name);
            for (CampaignBrief version : workspace.briefStore().versions(name)) {
                out().println("v" + version.version() + "  " + version.status().name().toLowerCase(Locale.ROOT)
                        + (version.approvedBy() == null ? "" : "  by " + version.approvedBy() + " at " + version.approvedAt()));
            }
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What changed between two versions of a brief (default: the last two).")
    static final class DiffCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--from", paramLabel = "N")
        Integer from;
        @Option(names = "--to", paramLabel = "N")
        Integer to;

        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(Permission.VIEW_WORKSPACE);
            List<CampaignBrief> versions = workspace.briefStore().versions(name);
            if (versions.isEmpty()) {
                throw new UserError("no versions of a brief named '" + name + "'");
            }
            CampaignBrief right = to == null ? versions.get(versions.size() - 1) : version(versions, to);
            CampaignBrief left = from == null
                    ? versions.get(Math.max(0, versions.indexOf(right) - 1)) : version(versions, from);
            out().println("v" + left.version() + " -> v" + right.version());
            for (BriefDiff.Change change : BriefDiff.between(left, right)) {
                out().println(change);
            }
            return LakefrontCommand.OK;
        }

        private CampaignBrief version(List<CampaignBrief> versions, int n) {
            return versions.stream().filter(v -> v.version() == n).findFirst().orElseThrow(() -> new UserError(
                    "'" + name + "' has no version " + n + " (versions: "
                            + String.join(", ", versions.stream().map(v -> String.valueOf(v.version())).toList()) + ")"));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a brief to a YAML file.")
    static final class ExportBriefCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        protected int run(Workspace workspace) {
            workspace.actor().require(Permission.VIEW_WORKSPACE);
            BriefYaml.write(brief(workspace, name), out);
            out().println("wrote " + out);
            return LakefrontCommand.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads a brief from a YAML file and saves it as the campaign's next version, as a draft.")
    static final class ImportBriefCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        protected int run(Workspace workspace) {
            CampaignBrief saved = workspace.saveBrief().save(workspace.actor(), BriefYaml.read(file));
            out().println("saved " + saved.name() + " version " + saved.version() + " ("
                    + saved.status().name().toLowerCase(Locale.ROOT) + ")");
            problems(out(), workspace, saved);
            return LakefrontCommand.OK;
        }
    }

    static CampaignBrief brief(Workspace workspace, String name) {
        return workspace.briefStore().find(name).orElseThrow(() -> new UserError(
                workspace.listCampaigns().list(workspace.actor()).stream().anyMatch(c -> c.name().equals(name))
                        ? "campaign '" + name + "' has no brief yet: draft one (campaigns draft --name '" + name + "' --goal ...)"
                        : "no campaign named '" + name + "'"));
    }

    static void problems(PrintWriter out, Workspace workspace, CampaignBrief brief) {
        List<BriefProblem> problems = BriefValidator.validate(brief,
                Optional.of(workspace.measureAudience().measure(brief.audience().filter())));
        out.println(problems.isEmpty() ? "problems: none" : "problems:");
        problems.forEach(p -> out.println("  " + p));
    }

    static void print(PrintWriter out, CampaignBrief b) {
        out.println(b.name() + "  (" + b.goal().label() + ", " + b.status().name().toLowerCase(Locale.ROOT) + ", version "
                + b.version() + (b.approvedBy() == null ? "" : ", approved by " + b.approvedBy() + " at " + b.approvedAt()) + ")");
        out.println("audience:    " + b.audience().description()
                + b.audience().saved().map(s -> " [saved audience " + s + "]").orElse(""));
        out.println("channels:    " + String.join(", ", b.channels().stream().map(Channel::code).toList()));
        out.println("schedule:    from " + b.schedule().start() + (b.schedule().alwaysOn() ? ", always on" : " to " + b.schedule().end())
                + String.format(Locale.ROOT, ", sent at %02d:00", b.schedule().sendHour()));
        out.println("metric:      " + b.metric().sentence());
        out.println("touchpoints:");
        for (int i = 0; i < b.touchpoints().size(); i++) {
            Touchpoint t = b.touchpoints().get(i);
            out.println("  " + (i + 1) + ". " + t.channel().code() + ", " + t.trigger().sentence() + ": " + t.theme());
            if (!t.signals().isEmpty()) {
                out.println("     signals: " + String.join(", ", t.signals()));
            }
            if (!t.rationale().isBlank()) {
                out.println("     why: " + t.rationale());
            }
            List<String> variants = new ArrayList<>();
            for (Variant v : t.variants()) {
                variants.add(v.name() + " " + v.weight() + "% (" + v.description() + ")");
            }
            if (!variants.isEmpty()) {
                out.println("     variants: " + String.join(", ", variants));
            }
        }
        Guardrails g = b.guardrails();
        List<String> caps = new ArrayList<>();
        g.channelCaps().forEach((c, n) -> caps.add(c.code() + " " + n));
        out.println(String.format(Locale.ROOT, "guardrails:  at most %d messages in %d days%s; quiet %02d:00-%02d:00; opt-outs always;"
                        + " open tickets %s; %s", g.overallCap(), g.capWindowDays(),
                caps.isEmpty() ? "" : " (" + String.join(", ", caps) + ")", g.quietStart(), g.quietEnd(),
                g.suppressOpenTickets() ? "suppressed" : "not suppressed", g.suppressConvertersDays() > 0
                        ? "buyers of the last " + g.suppressConvertersDays() + " days suppressed" : "recent buyers not suppressed"));
        out.println("signals:     " + String.join(", ", b.signals()));
        out.println("assumptions:");
        b.assumptions().forEach(a -> out.println("  - " + a));
    }
}
