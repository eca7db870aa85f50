package io.lakefront.domain.gold;

import java.util.List;

/**
 * Port: where a gold build writes. The tables it fills start empty for the build and become
 * visible all at once, when the resolution run that built them commits.
 */
public interface GoldSink {
    /** A customer's gold row with the lineage of its values. */
    void customer(SurvivedCustomer customer);

    void purchase(Purchase purchase);

    void ticket(SupportTicket ticket);

    void engagement(EngagementEvent event);

    /**
     * Called once, after the last row: a sink that writes differences finishes them here and says what
     * changed, in lines for the run's notes.
     */
    default List<String> finish() {
        return List.of();
    }
}
