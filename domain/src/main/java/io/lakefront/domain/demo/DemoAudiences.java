package io.lakefront.domain.demo;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.SavedAudience;
import io.lakefront.domain.audience.TimeWindow;
import java.util.List;

/** The saved audiences a demo workspace starts with: the audiences of its three campaigns, and one to compare. */
public final class DemoAudiences {
    private DemoAudiences() {
    }

    public static List<SavedAudience> defaults() {
        Filter reachable = Filter.or(Filter.compare("email_opt_in", "=", "yes"), Filter.compare("sms_opt_in", "=", "yes"));
        return List.of(
                new SavedAudience("lapsed-buyers", "customers who bought at least twice but not in the last 180 days, "
                        + "who accept email or text messages",
                        Filter.and(Filter.compare("order_count", ">=", "2"), Filter.compare("days_since_last_order", ">", "180"),
                                reachable)),
                new SavedAudience("new-signups", "customers who signed up in the last 30 days and accept email",
                        Filter.and(new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.LastDays(30)),
                                Filter.compare("email_opt_in", "=", "yes"))),
                new SavedAudience("vip-early-access", "gold and platinum members who bought in the last year",
                        Filter.and(Filter.in("loyalty_tier", "Gold", "Platinum"),
                                new Filter.InWindow(AudienceField.LAST_ORDER_AT, new TimeWindow.LastMonths(12)))),
                new SavedAudience("texas-big-spenders", "customers in Texas who spent more than $1,000",
                        Filter.and(Filter.compare("region", "=", "TX"), Filter.compare("lifetime_spend", ">", "1000"))));
    }
}
