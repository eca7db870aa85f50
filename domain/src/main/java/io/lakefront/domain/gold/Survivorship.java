package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import java.util.List;
import java.util.Map;

/** Picks one customer's gold values from the records merged into them, and says where each came from. */
public interface Survivorship {
    /**
     * @param members      the customer's records (at least one)
     * @param unsubscribed channels on which an event of the customer's says they unsubscribed, with that event
     */
    SurvivedCustomer merge(String customerId, List<MemberRecord> members, Map<ConsentChannel, RecordKey> unsubscribed);
}
