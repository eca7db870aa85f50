package io.lakefront.app.cli;

import io.lakefront.app.Workspace;
import io.lakefront.domain.campaign.Campaign;
import picocli.CommandLine.Command;

@Command(name = "campaigns", mixinStandardHelpOptions = true,
        description = "The workspace's campaigns.",
        subcommands = CampaignsCommand.ListCampaignsCommand.class)
final class CampaignsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "campaigns: name a subcommand (list)");
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
}
