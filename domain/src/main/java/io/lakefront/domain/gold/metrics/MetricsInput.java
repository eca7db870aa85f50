package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import java.util.List;

/** What metrics are computed from: the gold customers and the event tables keyed to them. */
public record MetricsInput(List<GoldCustomer> customers, List<Purchase> purchases, List<SupportTicket> tickets,
                           List<EngagementEvent> events) {
    public MetricsInput {
        customers = List.copyOf(customers);
        purchases = List.copyOf(purchases);
        tickets = List.copyOf(tickets);
        events = List.copyOf(events);
    }
}
