package io.lakefront.domain.decision;

import io.lakefront.domain.audience.SuppressionRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers what the engine reads about customers, at one moment, from the ports: their profiles, which
 * campaign audiences and enabled suppression rules select them now (each filter asked once for all of
 * them), and their contact history. The engine itself then decides without any I/O.
 */
public final class GatherFacts {
    private final ProfileSource profiles;
    private final AudienceMembership membership;
    private final ContactLedger ledger;

    public GatherFacts(ProfileSource profiles, AudienceMembership membership, ContactLedger ledger) {
        this.profiles = profiles;
        this.membership = membership;
        this.ledger = ledger;
    }

    /** The facts of those of {@code customerIds} that exist, in the order given. */
    public Map<String, CustomerFacts> gather(Collection<String> customerIds, List<LiveCampaign> campaigns,
                                             List<SuppressionRule> rules, Instant now) {
        Map<String, CustomerProfile> found = profiles.profiles(customerIds, now);
        List<String> ids = customerIds.stream().filter(found::containsKey).distinct().toList();
        Map<String, Set<String>> audiences = new HashMap<>();
        for (LiveCampaign campaign : campaigns) {
            for (String id : membership.selected(campaign.brief().audience().filter(), ids, now)) {
                audiences.computeIfAbsent(id, k -> new HashSet<>()).add(campaign.name());
            }
        }
        Map<String, List<String>> suppressed = new HashMap<>();
        for (SuppressionRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            for (String id : membership.selected(rule.filter(), ids, now)) {
                suppressed.computeIfAbsent(id, k -> new ArrayList<>()).add(rule.name());
            }
        }
        Map<String, ContactHistory> histories = ledger.histories(ids);
        Map<String, CustomerFacts> facts = new LinkedHashMap<>();
        for (String id : ids) {
            facts.put(id, new CustomerFacts(found.get(id), audiences.getOrDefault(id, Set.of()),
                    suppressed.getOrDefault(id, List.of()), histories.getOrDefault(id, ContactHistory.empty())));
        }
        return facts;
    }
}
