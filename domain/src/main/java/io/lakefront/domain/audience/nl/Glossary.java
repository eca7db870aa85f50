package io.lakefront.domain.audience.nl;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.GlossaryTerm;
import io.lakefront.domain.audience.TimeWindow;
import java.util.List;

/**
 * The business terms a new workspace starts with. Each is an ordinary, editable definition: the
 * interpreter reads "VIP" or "lapsed" as the term's filter, and a workspace's own glossary replaces
 * these when it defines the same name.
 */
public final class Glossary {
    private Glossary() {
    }

    public static List<GlossaryTerm> defaults() {
        return List.of(
                new GlossaryTerm("VIP", List.of("vip", "vips", "vip customers", "top customers", "best customers",
                        "high value customers", "high-value customers", "big spenders", "top spenders", "high spenders"),
                        "lifetime spend of at least 2,000", Filter.compare("lifetime_spend", ">=", "2000")),
                new GlossaryTerm("lapsed", List.of("lapsed", "lapsed customers", "lapsed buyers", "dormant", "dormant customers"),
                        "ordered before, but not in the last 180 days", Filter.compare("days_since_last_order", ">", "180")),
                new GlossaryTerm("high churn risk", List.of("high churn risk", "high risk of churn", "high risk of churning",
                        "at risk", "at-risk", "likely to churn", "churn risk is high", "high churn"),
                        "churn risk of 0.7 or more", Filter.compare("churn_risk", ">=", "0.7")),
                new GlossaryTerm("low churn risk", List.of("low churn risk", "low risk of churn", "unlikely to churn", "low churn"),
                        "churn risk below 0.3", Filter.compare("churn_risk", "<", "0.3")),
                new GlossaryTerm("repeat customers", List.of("repeat customers", "repeat buyers", "returning customers",
                        "repeat purchasers"), "two or more orders", Filter.compare("order_count", ">=", "2")),
                new GlossaryTerm("one-time buyers", List.of("one-time buyers", "one time buyers", "one-time customers",
                        "one time customers", "single purchase customers"), "exactly one order", Filter.compare("order_count", "=", "1")),
                new GlossaryTerm("prospects", List.of("prospects", "non-buyers", "non buyers"),
                        "no orders yet", Filter.compare("order_count", "=", "0")),
                new GlossaryTerm("new customers", List.of("new customers", "new signups", "new sign-ups", "recent signups",
                        "newly joined"), "created in the last 30 days",
                        new Filter.InWindow(AudienceField.CREATED_AT, new TimeWindow.LastDays(30))),
                new GlossaryTerm("millennials", List.of("millennials", "millennial", "gen y"), "born 1981 to 1996",
                        Filter.between("birth_date", "1981-01-01", "1996-12-31")),
                new GlossaryTerm("gen z", List.of("gen z", "generation z", "zoomers"), "born 1997 to 2012",
                        Filter.between("birth_date", "1997-01-01", "2012-12-31")),
                new GlossaryTerm("gen x", List.of("gen x", "generation x"), "born 1965 to 1980",
                        Filter.between("birth_date", "1965-01-01", "1980-12-31")),
                new GlossaryTerm("baby boomers", List.of("baby boomers", "boomers"), "born 1946 to 1964",
                        Filter.between("birth_date", "1946-01-01", "1964-12-31")));
    }
}
