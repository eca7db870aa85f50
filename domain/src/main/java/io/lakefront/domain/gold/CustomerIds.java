package io.lakefront.domain.gold;

import io.lakefront.domain.UserError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer id is its cluster id as text: {@code C} and the number zero-padded to 8 digits
 * ({@code C00000042}), so that ids sort in the order they were handed out and read as customer ids,
 * not counts. Cluster ids are never reused, so neither are customer ids. Past 99,999,999 the number
 * simply grows longer.
 */
public final class CustomerIds {
    private static final Pattern ID = Pattern.compile("C(\\d{8,18})");

    private CustomerIds() {
    }

    public static String of(long clusterId) {
        if (clusterId < 1) {
            throw new IllegalArgumentException("cluster ids start at 1, got " + clusterId);
        }
        return String.format("C%08d", clusterId);
    }

    /** The cluster id behind a customer id. */
    public static long clusterOf(String customerId) {
        Matcher matcher = ID.matcher(customerId == null ? "" : customerId.strip());
        if (!matcher.matches()) {
            throw new UserError("'" + customerId + "' is not a customer id (C followed by at least 8 digits)");
        }
        return Long.parseLong(matcher.group(1));
    }
}
