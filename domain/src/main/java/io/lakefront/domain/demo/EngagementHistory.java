package io.lakefront.domain.demo;

import io.lakefront.domain.demo.CampaignCalendar.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A person's last year on the marketing platform. Funnels hold (a message is opened only after it
 * was delivered, clicked only after it was opened), messages go only to channels the person
 * consents to and stop after an unsubscribe, and people read at their own preferred local hour.
 */
final class EngagementHistory {
    private static final double SMS_PER_YEAR = 4;
    private static final double PUSH_PER_YEAR = 6;

    record Event(Instant at, Channel channel, String type, String campaignId, String contactKey) {
    }

    /** The events, oldest first, and the consent that is left at the end of the year. */
    record Engagement(List<Event> events, boolean emailOptIn, boolean smsOptIn, boolean pushOptIn) {
    }

    private final CampaignCalendar calendar;
    private final Instant asOf;

    EngagementHistory(CampaignCalendar calendar, Instant asOf) {
        this.calendar = calendar;
        this.asOf = asOf;
    }

    Engagement engagement(Person person, String emailKey, SplittableRandom random) {
        Person.Habits habits = person.habits();
        ZoneId zone = person.address().place().zone();
        LocalDate known = LocalDate.ofInstant(person.firstSeen(), zone);
        boolean email = habits.emailOptIn();
        boolean sms = habits.smsOptIn();
        boolean push = habits.pushOptIn();
        String phoneKey = person.mobile().e164();
        List<Event> events = new ArrayList<>(32);
        for (CampaignCalendar.Send send : calendar.sends()) {
            if (send.date().isBefore(known)) {
                continue;
            }
            switch (send.channel()) {
                case EMAIL -> {
                    if (email && Draw.chance(random, habits.emailsPerYear() / 52)) {
                        email = !message(person, send, emailKey, zone, events, random);
                    }
                }
                case SMS -> {
                    if (sms && Draw.chance(random, SMS_PER_YEAR / 12)) {
                        sms = !message(person, send, phoneKey, zone, events, random);
                    }
                }
                case PUSH -> {
                    if (push && Draw.chance(random, PUSH_PER_YEAR / 26)) {
                        push = !message(person, send, emailKey, zone, events, random);
                    }
                }
                default -> throw new IllegalStateException("the calendar does not send on " + send.channel());
            }
        }
        visits(person, emailKey, zone, events, random);
        events.sort(Comparator.comparing(Event::at));
        return new Engagement(events, email, sms, push);
    }

    /** One message through its funnel; true when the person unsubscribed from the channel. */
    private boolean message(Person person, CampaignCalendar.Send send, String key, ZoneId zone, List<Event> events,
                            SplittableRandom random) {
        Person.Habits habits = person.habits();
        Instant sent = send.date().atTime(send.localHour(), random.nextInt(30), random.nextInt(60)).atZone(zone).toInstant();
        if (sent.isAfter(asOf)) {
            return false;
        }
        Channel channel = send.channel();
        String id = send.campaignId();
        add(events, sent, channel, "sent", id, key);
        if (channel != Channel.PUSH && Draw.chance(random, channel == Channel.EMAIL ? 0.02 : 0.01)) {
            add(events, sent.plusSeconds(Draw.between(random, 5, 90)), channel, "bounce", id, key);
            return false;
        }
        Instant delivered = sent.plusSeconds(Draw.between(random, 2, 120));
        if (!add(events, delivered, channel, "delivered", id, key)) {
            return false;
        }
        Instant last = delivered;
        if (channel == Channel.SMS) {
            // Text messages have no "open"; people tap the link or reply STOP.
            if (Draw.chance(random, habits.clickRate() * 0.6)) {
                last = delivered.plusSeconds(Draw.between(random, 30, 3_600));
                if (add(events, last, channel, "click", id, key) && Draw.chance(random, 0.7)) {
                    add(events, last.plusSeconds(Draw.between(random, 2, 20)), Channel.WEB, "visit", id, key);
                }
            }
            return Draw.chance(random, 0.015)
                    && add(events, last.plusSeconds(Draw.between(random, 60, 1_800)), channel, "unsubscribe", id, key);
        }
        double openRate = channel == Channel.PUSH ? habits.openRate() * 0.5 : habits.openRate();
        if (Draw.chance(random, openRate)) {
            Instant opened = Draw.chance(random, 0.2)
                    ? delivered.plusSeconds(Draw.between(random, 60, 1_800))
                    : atPreferredHour(delivered, habits.preferredHour(), zone, random);
            if (add(events, opened, channel, "open", id, key)) {
                last = opened;
                if (channel == Channel.EMAIL && Draw.chance(random, habits.clickRate())) {
                    Instant clicked = opened.plusSeconds(Draw.between(random, 5, 240));
                    if (add(events, clicked, channel, "click", id, key)) {
                        last = clicked;
                        if (Draw.chance(random, 0.7)) {
                            add(events, clicked.plusSeconds(Draw.between(random, 2, 20)), Channel.WEB, "visit", id, key);
                        }
                    }
                }
            }
        }
        double unsubscribeRate = channel == Channel.EMAIL ? 0.006 : 0.01;
        return Draw.chance(random, unsubscribeRate)
                && add(events, last.plusSeconds(Draw.between(random, 10, 300)), channel, "unsubscribe", id, key);
    }

    /** Visits to the web shop on the person's own, mostly at their usual hour. */
    private void visits(Person person, String key, ZoneId zone, List<Event> events, SplittableRandom random) {
        Instant from = person.firstSeen().isAfter(asOf.minus(365, ChronoUnit.DAYS))
                ? person.firstSeen() : asOf.minus(365, ChronoUnit.DAYS);
        long span = asOf.getEpochSecond() - from.getEpochSecond();
        int count = Draw.poisson(random, person.habits().visitsPerYear() * span / (365.0 * 86_400));
        for (int i = 0; i < count; i++) {
            Instant day = from.plusSeconds((long) (random.nextDouble() * span));
            int hour = Math.floorMod(person.habits().preferredHour() + Draw.between(random, -1, 1), 24);
            Instant at = day.atZone(zone).withHour(hour).withMinute(random.nextInt(60)).toInstant();
            if (!at.isBefore(from)) {
                add(events, at, Channel.WEB, "visit", "", key);
            }
        }
    }

    /** The next time the person's preferred local hour comes round after the given moment. */
    private static Instant atPreferredHour(Instant after, int hour, ZoneId zone, SplittableRandom random) {
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime candidate = local.withHour(hour).withMinute(random.nextInt(60)).withSecond(random.nextInt(60));
        while (!candidate.toInstant().isAfter(after.plusSeconds(60))) {
            candidate = candidate.plusDays(1);
        }
        if (Draw.chance(random, 0.25)) {
            candidate = candidate.plusDays(Draw.between(random, 1, 3));
        }
        return candidate.toInstant();
    }

    /** Records the event unless it lies after "now"; false then, so the funnel stops there. */
    private boolean add(List<Event> events, Instant at, Channel channel, String type, String campaignId, String key) {
        if (at.isAfter(asOf)) {
            return false;
        }
        events.add(new Event(at, channel, type, campaignId, key));
        return true;
    }
}
