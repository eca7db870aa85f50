package io.lakefront.domain.workspace;

import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStore;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.source.SourceStore;
import java.util.List;

public final class ShowWorkspaceOverview {
    private final SourceStore sources;
    private final CampaignStore campaigns;
    private final WorkspaceStats stats;

    public ShowWorkspaceOverview(SourceStore sources, CampaignStore campaigns, WorkspaceStats stats) {
        this.sources = sources;
        this.campaigns = campaigns;
        this.stats = stats;
    }

    public WorkspaceOverview show(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        List<Campaign> all = campaigns.list();
        int active = (int) all.stream().filter(Campaign::active).count();
        return new WorkspaceOverview(sources.list().size(), stats.stagedRecords(), stats.profiles(),
                stats.matchRate(), stats.openReviewItems(), active, all.size(), stats.lastSync());
    }
}
