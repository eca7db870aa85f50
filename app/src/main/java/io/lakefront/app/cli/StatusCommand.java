package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.workspace.WorkspaceOverview;
import java.util.Locale;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The workspace at a glance: sources, records, profiles, match rate, review items, campaigns, "
                + "the last identity resolution.")
final class StatusCommand extends WorkspaceCommand {
    @Override
    protected int run(Workspace workspace) {
        WorkspaceOverview o = workspace.overview().show(workspace.actor());
        out().printf("workspace         %s%n", workspace.directory());
        out().printf("clock             %s%n", workspace.clock());
        out().printf("sources           %d%n", o.sources());
        out().printf("staged records    %d%n", o.stagedRecords());
        out().printf("profiles          %d%n", o.profiles());
        out().printf("match rate        %s%n", o.matchRate().isPresent()
                ? String.format("%.1f%%", o.matchRate().getAsDouble() * 100) : "- (not resolved yet)");
        out().printf("open review items %d%n", o.openReviewItems());
        out().printf("campaigns         %d (%d active)%n", o.campaigns(), o.activeCampaigns());
        out().printf("last sync         %s%n", o.lastSync().map(Object::toString).orElse("never"));
        out().printf("last resolution   %s%n", workspace.showLatestResolution().show(workspace.actor())
                .map(run -> String.format(Locale.ROOT, "run %d at %s: %,d records -> %,d clusters (%,d ids kept, %,d new), "
                                + "%,d review pairs, %,d customers", run.id(), run.finishedAt(), run.records(),
                        run.clusters(), run.clustersKept(), run.clustersNew(), run.reviewPairs(), run.customers()))
                .orElse("never (run: resolve)"));
        return LakefrontCommand.OK;
    }
}
