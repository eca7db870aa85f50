package io.lakefront.domain.campaign;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.Permission;
import java.util.List;

public final class ListCampaigns {
    private final CampaignStore campaigns;

    public ListCampaigns(CampaignStore campaigns) {
        this.campaigns = campaigns;
    }

    public List<Campaign> list(Actor actor) {
        actor.require(Permission.VIEW_WORKSPACE);
        return campaigns.list();
    }
}
