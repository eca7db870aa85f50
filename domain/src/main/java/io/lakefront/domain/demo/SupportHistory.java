package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** The help-desk tickets a person opened; only recent tickets can still be open or pending. */
final class SupportHistory {
    /** Tickets older than this are always resolved. */
    static final int RECENT_DAYS = 21;
    private static final String[] TOPICS = {"Where is my order", "Return request", "Damaged item", "Wrong size",
            "Billing question", "Refund status", "Account access", "Loyalty points", "Product question",
            "Change delivery address", "Unsubscribe request", "Discount code not working"};

    record Ticket(Instant opened, Instant closed, String status, String topic) {
    }

    private final Instant asOf;

    SupportHistory(Instant asOf) {
        this.asOf = asOf;
    }

    List<Ticket> tickets(Person person, SplittableRandom random) {
        int count = 1 + Draw.poisson(random, 0.5);
        Instant from = person.firstSeen().isAfter(asOf.minus(3 * 365, ChronoUnit.DAYS))
                ? person.firstSeen() : asOf.minus(3 * 365, ChronoUnit.DAYS);
        long span = Math.max(3_600, asOf.getEpochSecond() - from.getEpochSecond());
        List<Ticket> tickets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // A fifth of tickets are from the last weeks, so that "open tickets" mean something today.
            Instant opened = Draw.chance(random, 0.2) && span > RECENT_DAYS * 86_400L
                    ? asOf.minusSeconds((long) (random.nextDouble() * RECENT_DAYS * 86_400))
                    : from.plusSeconds((long) (random.nextDouble() * span));
            tickets.add(ticket(opened, random));
        }
        tickets.sort(Comparator.comparing(Ticket::opened));
        return tickets;
    }

    private Ticket ticket(Instant opened, SplittableRandom random) {
        String topic = Draw.oneOf(random, TOPICS);
        boolean recent = opened.isAfter(asOf.minus(RECENT_DAYS, ChronoUnit.DAYS));
        Instant closed = opened.plusSeconds(600 + (long) Draw.exponential(random, 2 * 86_400));
        if (recent) {
            double roll = random.nextDouble();
            if (roll < 0.35) {
                return new Ticket(opened, null, "open", topic);
            }
            if (roll < 0.6 || closed.isAfter(asOf)) {
                return new Ticket(opened, null, "pending", topic);
            }
        } else if (closed.isAfter(asOf)) {
            closed = asOf;
        }
        return new Ticket(opened, closed, "closed", topic);
    }
}
