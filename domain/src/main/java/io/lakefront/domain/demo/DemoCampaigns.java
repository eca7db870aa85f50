package io.lakefront.domain.demo;

import io.lakefront.domain.campaign.Campaign;
import io.lakefront.domain.campaign.CampaignStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The campaigns a demo workspace starts with, all running and always on. */
public final class DemoCampaigns {
    private DemoCampaigns() {
    }

    public static List<Campaign> defaults(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return List.of(
                new Campaign("Win back lapsed customers", "win back", CampaignStatus.ACTIVE,
                        "Customers who bought at least twice but not in the last 180 days, who accept email or text"
                                + " messages and have no open support ticket",
                        List.of("email", "sms"),
                        "Lapsed buyers get a personal note with picks from the categories they used to buy, then a"
                                + " time-limited 15% offer a week later if they have not come back. Customers with an"
                                + " open support ticket are left alone until it is resolved, and anyone who buys again"
                                + " leaves the campaign at once.",
                        asOf.minusDays(45), null),
                new Campaign("Welcome series", "welcome", CampaignStatus.ACTIVE,
                        "Customers who signed up in the last 30 days and accept email",
                        List.of("email", "push"),
                        "Three welcome messages over the first two weeks: a thank-you with what the shop stands for,"
                                + " a guide to the categories the customer browsed, and an invitation to the loyalty"
                                + " programme. Sent at the hour each customer usually reads, never more than one a day.",
                        asOf.minusDays(120), null),
                new Campaign("VIP early access", "announce", CampaignStatus.ACTIVE,
                        "Gold and platinum loyalty members who bought in the last year and accept email, text"
                                + " messages or push notifications",
                        List.of("email", "sms", "push"),
                        "Our best customers hear about new collections and seasonal sales a day before everyone"
                                + " else, on the channel they engage with most. The aim is to retain them: no discounts,"
                                + " just first choice, and at most two messages a week.",
                        asOf.minusDays(20), null));
    }
}
