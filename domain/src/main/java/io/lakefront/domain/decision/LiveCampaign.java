package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.util.Objects;

/** A campaign as the engine weighs it: its approved brief and the evidence it has gathered. */
public record LiveCampaign(CampaignBrief brief, CampaignEvidence evidence) {
    public LiveCampaign {
        Objects.requireNonNull(brief, "brief");
        evidence = evidence == null ? CampaignEvidence.NONE : evidence;
    }

    public String name() {
        return brief.name();
    }
}
