package io.lakefront.domain.gold.metrics;

import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One customer with their own events, each list in time order: the metrics and the churn features
 * of a customer read only this, whatever the moment they are computed for.
 */
final class CustomerActivity {
    /** Engagement types that the customer did (rather than the platform: sent, delivered, bounce). */
    static final Set<String> INTERACTIONS = Set.of("open", "click", "visit");

    final GoldCustomer customer;
    final List<Purchase> purchases = new ArrayList<>();
    final List<SupportTicket> tickets = new ArrayList<>();
    final List<EngagementEvent> events = new ArrayList<>();

    private CustomerActivity(GoldCustomer customer) {
        this.customer = customer;
    }

    /** Every gold customer (ordered by id) with their events; events of no known customer are left out. */
    static Map<String, CustomerActivity> group(MetricsInput input) {
        Map<String, CustomerActivity> all = new LinkedHashMap<>();
        input.customers().stream().sorted(Comparator.comparing(GoldCustomer::customerId))
                .forEach(c -> all.put(c.customerId(), new CustomerActivity(c)));
        for (Purchase p : input.purchases()) {
            CustomerActivity a = p.customerId() == null ? null : all.get(p.customerId());
            if (a != null) {
                a.purchases.add(p);
            }
        }
        for (SupportTicket t : input.tickets()) {
            CustomerActivity a = t.customerId() == null ? null : all.get(t.customerId());
            if (a != null) {
                a.tickets.add(t);
            }
        }
        for (EngagementEvent e : input.events()) {
            CustomerActivity a = e.customerId() == null ? null : all.get(e.customerId());
            if (a != null) {
                a.events.add(e);
            }
        }
        for (CustomerActivity a : all.values()) {
            a.purchases.sort(Comparator.comparing(Purchase::purchasedAt).thenComparing(Purchase::purchaseId));
            a.tickets.sort(Comparator.comparing(SupportTicket::openedAt).thenComparing(SupportTicket::ticketId));
            a.events.sort(Comparator.comparing(EngagementEvent::occurredAt).thenComparing(EngagementEvent::eventId));
        }
        return all;
    }

    /** The order of a purchase line: its order id, or the line itself when the shop gave none. */
    static String orderOf(Purchase p) {
        return p.orderId() == null || p.orderId().isBlank() ? "line:" + p.purchaseId() : p.orderId();
    }

    /** The first thing known of the customer: the gold {@code created_at}, else their first event; {@code null} when neither. */
    Instant knownSince() {
        Instant first = customer.createdAt();
        if (!purchases.isEmpty()) {
            first = earlier(first, purchases.get(0).purchasedAt());
        }
        if (!tickets.isEmpty()) {
            first = earlier(first, tickets.get(0).openedAt());
        }
        if (!events.isEmpty()) {
            first = earlier(first, events.get(0).occurredAt());
        }
        return first;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
