package io.lakefront.ui.fakes;

import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

public final class InMemoryCampaigns implements CampaignStore {
    private final Map<String, Campaign> campaigns = new ConcurrentSkipListMap<>();

    @Override public List<Campaign> list() { return List.copyOf(campaigns.values()); }
    @Override public Optional<Campaign> find(String name) { return Optional.ofNullable(campaigns.get(name)); }
    @Override public void save(Campaign campaign) { campaigns.put(campaign.name(), campaign); }
}
