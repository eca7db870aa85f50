package io.lakefront.ui.fakes;

import io.lakefront.domain.campaign.brief.BriefStore;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Briefs in memory with every version; each save also updates the campaign list, as the files do. */
public final class InMemoryBriefStore implements BriefStore {
    private final InMemoryCampaigns campaigns;
    private final Map<String, List<CampaignBrief>> versions = new LinkedHashMap<>();

    public InMemoryBriefStore(InMemoryCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public synchronized List<CampaignBrief> list() {
        return versions.values().stream().map(v -> v.get(v.size() - 1))
                .sorted(Comparator.comparing(CampaignBrief::name)).toList();
    }

    @Override
    public synchronized Optional<CampaignBrief> find(String name) {
        List<CampaignBrief> kept = versions.get(name);
        return kept == null ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
    }

    @Override
    public synchronized void save(CampaignBrief brief) {
        versions.computeIfAbsent(brief.name(), n -> new ArrayList<>()).add(brief);
        campaigns.save(brief.toCampaign());
    }

    @Override
    public synchronized List<CampaignBrief> versions(String name) {
        return List.copyOf(versions.getOrDefault(name, List.of()));
    }
}
