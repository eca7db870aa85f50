package io.lakefront.domain.decision;

import java.util.Collection;
import java.util.Map;

/** Port, read side of the decisioning state: what was already decided for customers, and what campaigns achieved. */
public interface ContactLedger {
    /** The history of each of {@code customerIds}; a customer never decided for is missing or empty. */
    Map<String, ContactHistory> histories(Collection<String> customerIds);

    /** The evidence of every campaign that has sent anything, by campaign name. */
    Map<String, CampaignEvidence> evidence();

    /** A ledger with nothing in it: every customer is new to every campaign. */
    static ContactLedger empty() {
        return new ContactLedger() {
            @Override
            public Map<String, ContactHistory> histories(Collection<String> customerIds) {
                return Map.of();
            }

            @Override
            public Map<String, CampaignEvidence> evidence() {
                return Map.of();
            }
        };
    }
}
