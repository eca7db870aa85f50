package io.lakefront.domain.campaign;

import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.time.WorkspaceClock;

public final class SaveCampaign {
    private final CampaignStore campaigns;
    private final AuditLog audit;
    private final WorkspaceClock clock;

    public SaveCampaign(CampaignStore campaigns, AuditLog audit, WorkspaceClock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    public void save(Actor actor, Campaign campaign) {
        actor.require(Permission.EDIT_CAMPAIGNS);
        if (campaign.status() == CampaignStatus.APPROVED || campaign.status() == CampaignStatus.ACTIVE) {
            boolean wasApproved = campaigns.find(campaign.name())
                    .map(c -> c.status() != CampaignStatus.DRAFT).orElse(false);
            if (!wasApproved) {
                actor.require(Permission.APPROVE_CAMPAIGNS);
            }
        }
        campaigns.save(campaign);
        audit.append(new AuditEntry(clock.now(), actor.name(), "campaign.saved", "campaign " + campaign.name(),
                "status=" + campaign.status()));
    }
}
