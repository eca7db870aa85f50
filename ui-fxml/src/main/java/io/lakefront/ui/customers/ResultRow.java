package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.CustomerIndex;
import io.lakefront.domain.gold.profile.CustomerSearch;
import io.lakefront.domain.gold.profile.CustomerSummary;

/** One search result as the list shows it: name, contact line and place, and what matched. */
public record ResultRow(String customerId, String name, String contact, String place, String matched) {
    static ResultRow of(CustomerSearch.Result result) {
        CustomerSummary c = result.customer();
        String contact = join(" · ", c.email(), c.phone());
        String place = join(", ", c.city(), c.country());
        String records = c.sourceRecordCount() == 1 ? "1 record" : c.sourceRecordCount() + " records";
        String matched = result.matchedOn() == CustomerIndex.Field.ID && result.score() == 0 ? ""
                : "matched on " + result.matchedOn().name().toLowerCase(java.util.Locale.ROOT);
        return new ResultRow(c.customerId(), c.displayName(), contact,
                join(" · ", c.customerId(), place, records), matched);
    }

    private static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : separator).append(part);
            }
        }
        return out.toString();
    }
}
