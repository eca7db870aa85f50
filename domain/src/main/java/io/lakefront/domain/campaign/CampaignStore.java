package io.lakefront.domain.campaign;

import java.util.List;
import java.util.Optional;

/** Port: the workspace's campaigns (kept as {@code campaigns/*.yaml}, CONTRACTS.md §4). */
public interface CampaignStore {
    /** Sorted by name. */
    List<Campaign> list();

    Optional<Campaign> find(String name);

    void save(Campaign campaign);
}
