package io.lakefront.domain.gold;

import java.util.List;
import java.util.Set;

/** Picks one customer's gold values from the records merged into them. */
public interface Survivorship {
    /**
     * @param members      the customer's records (at least one)
     * @param unsubscribed channels on which an event of the customer's says they unsubscribed
     */
    GoldCustomer merge(String customerId, List<MemberRecord> members, Set<ConsentChannel> unsubscribed);
}
