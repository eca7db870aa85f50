package io.lakefront.domain.gold.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One event on a customer's timeline: a purchase, a support ticket opened, or an engagement event. */
public record TimelineEvent(Instant at, Kind kind, String title, String detail, BigDecimal amount) {
    public enum Kind { PURCHASE, TICKET, ENGAGEMENT }

    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
    }
}
