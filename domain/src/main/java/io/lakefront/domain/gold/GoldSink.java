package io.lakefront.domain.gold;

/**
 * Port: where a gold build writes. The tables it fills start empty for the build and become
 * visible all at once, when the resolution run that built them commits.
 */
public interface GoldSink {
    void customer(GoldCustomer customer);

    void purchase(Purchase purchase);

    void ticket(SupportTicket ticket);

    void engagement(EngagementEvent event);
}
