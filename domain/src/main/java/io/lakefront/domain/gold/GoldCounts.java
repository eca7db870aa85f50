package io.lakefront.domain.gold;

import java.util.List;

/**
 * What a gold build wrote, and in words how each source fed it ({@code "orders -> purchases, customer
 * from column customer_id (record ids of shop), 14,595 rows, 0 without customer"}).
 *
 * @param unkeyed event rows written without a customer id (no person found for them)
 * @param skipped event rows left out because a required value (time, amount, status) was missing
 */
public record GoldCounts(long customers, long purchases, long supportTickets, long engagementEvents, long unkeyed,
                         long skipped, List<String> notes) {
    public GoldCounts {
        notes = List.copyOf(notes);
    }
}
