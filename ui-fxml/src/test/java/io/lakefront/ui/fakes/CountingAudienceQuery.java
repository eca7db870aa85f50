package io.lakefront.ui.fakes;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.AudienceQuery;
import io.lakefront.domain.audience.Filter;
import io.lakefront.domain.audience.Operator;
import io.lakefront.domain.audience.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stand-in for the audience index with fixed numbers: every audience has 1,200 members, of whom
 * 1,000 accept email, 300 text messages and none push; 60 bought in the last 30 days (of 5,000 customers,
 * 900 did), 100 clicked, 12 have an open ticket, and half engage at 18:00 or before. Counts are decided by
 * the last condition of the filter, the one {@code MeasureAudience} adds to the audience.
 */
public final class CountingAudienceQuery implements AudienceQuery {
    public static final long SIZE = 1200;

    @Override
    public long count(Filter filter, Instant now) {
        if (filter instanceof Filter.And and && and.parts().isEmpty()) {
            return 5000;
        }
        if (recentPurchases(filter)) {
            return 900;
        }
        if (!(filter instanceof Filter.And and) || and.parts().size() != 2) {
            return SIZE;
        }
        Filter last = and.parts().get(1);
        if (recentPurchases(last)) {
            return 60;
        }
        if (last instanceof Filter.IsNotEmpty) {
            return 1100;
        }
        if (last instanceof Filter.Compare c) {
            if (c.field() == AudienceField.EMAIL_OPT_IN) {
                return 1000;
            }
            if (c.field() == AudienceField.SMS_OPT_IN) {
                return 300;
            }
            if (c.field() == AudienceField.PUSH_OPT_IN) {
                return 0;
            }
            if (c.field() == AudienceField.EMAIL_CLICKS_30D) {
                return 100;
            }
            if (c.field() == AudienceField.OPEN_TICKETS) {
                return 12;
            }
            if (c.field() == AudienceField.PREFERRED_HOUR && c.op() == Operator.LE) {
                BigDecimal hour = ((Value.Number) c.value()).value();
                return hour.intValue() >= 18 ? 1100 : 0;
            }
        }
        return SIZE;
    }

    /** The "bought in the last 30 days" condition of the baselines (an audience may have other purchase conditions). */
    private static boolean recentPurchases(Filter filter) {
        return filter instanceof Filter.Event e && new io.lakefront.domain.audience.TimeWindow.LastDays(30).equals(e.window());
    }

    @Override
    public List<String> ids(Filter filter, Instant now) {
        return List.of();
    }
}
