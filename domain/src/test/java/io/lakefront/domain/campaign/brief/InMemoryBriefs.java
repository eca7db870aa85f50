package io.lakefront.domain.campaign.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A test fake of {@link BriefStore}: the latest brief and every version by name. */
final class InMemoryBriefs implements BriefStore {
    private final Map<String, List<CampaignBrief>> versions = new TreeMap<>();

    @Override
    public List<CampaignBrief> list() {
        return versions.values().stream().map(v -> v.get(v.size() - 1))
                .sorted(Comparator.comparing(CampaignBrief::name)).toList();
    }

    @Override
    public Optional<CampaignBrief> find(String name) {
        List<CampaignBrief> kept = versions.get(name);
        return kept == null ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
    }

    @Override
    public void save(CampaignBrief brief) {
        versions.computeIfAbsent(brief.name(), n -> new ArrayList<>()).add(brief);
    }

    @Override
    public List<CampaignBrief> versions(String name) {
        return List.copyOf(versions.getOrDefault(name, List.of()));
    }
}
