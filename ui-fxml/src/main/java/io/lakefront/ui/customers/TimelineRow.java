package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.TimelineEvent;

/** One timeline line: when, what kind (for its icon and colour), what, and the amount of a purchase. */
public record TimelineRow(String when, TimelineEvent.Kind kind, String title, String detail, String amount) {
    /** An Ikonli literal per kind. */
    public String icon() {
        return switch (kind) {
            case PURCHASE -> "mdal-local_mall";
            case TICKET -> "mdal-contact_support";
            case ENGAGEMENT -> title.startsWith("SMS") ? "mdmz-sms" : title.startsWith("Push") ? "mdmz-notifications"
                    : title.startsWith("Web") ? "mdmz-public" : "mdal-email";
        };
    }
}
