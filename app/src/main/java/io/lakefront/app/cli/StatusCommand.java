package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.workspace.WorkspaceOverview;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The workspace at a glance: sources, records, profiles, match rate, review items, campaigns.")
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
        return LakefrontCommand.OK;
    }
}
