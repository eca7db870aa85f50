package io.lakefront.domain.campaign.brief;

import java.util.List;
import java.util.Optional;

/**
 * Port: the workspace's campaign briefs ({@code campaigns/NAME.yaml}, the same files as the campaign
 * list) and every version each was saved in. A campaign file from before briefs is a campaign without
 * a brief: {@link #find} is empty for it.
 */
public interface BriefStore {
    /** The briefs, sorted by name. */
    List<CampaignBrief> list();

    Optional<CampaignBrief> find(String name);

    /** Writes the brief as its campaign's file and keeps it as version {@code brief.version()}. */
    void save(CampaignBrief brief);

    /** Every kept version of the campaign's brief, oldest first. */
    List<CampaignBrief> versions(String name);
}
