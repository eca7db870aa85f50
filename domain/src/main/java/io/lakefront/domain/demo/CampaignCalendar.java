package io.lakefront.domain.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The marketing platform's sends of the last year: a weekly email, a fortnightly push and a
 * monthly text message, themed by the season. Recipients get them at the campaign's local hour.
 */
final class CampaignCalendar {
    enum Channel {
        EMAIL("email"), SMS("sms"), PUSH("push"), WEB("web");

        final String label;

        Channel(String label) {
            this.label = label;
        }
    }

    record Send(String campaignId, Channel channel, LocalDate date, int localHour) {
    }

    private final List<Send> sends;

    private CampaignCalendar(List<Send> sends) {
        this.sends = List.copyOf(sends);
    }

    static CampaignCalendar lastYear(Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        LocalDate firstTuesday = today.minusDays(364).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        List<Send> sends = new ArrayList<>();
        int week = 0;
        for (LocalDate tuesday = firstTuesday; !tuesday.isAfter(today); tuesday = tuesday.plusWeeks(1), week++) {
            sends.add(new Send("em-" + tuesday + "-" + theme(tuesday, week), Channel.EMAIL, tuesday, 10));
            if (week % 2 == 0) {
                LocalDate friday = tuesday.plusDays(3);
                if (!friday.isAfter(today)) {
                    sends.add(new Send("push-" + friday + "-" + theme(friday, week + 1), Channel.PUSH, friday, 17));
                }
            }
        }
        for (LocalDate month = today.minusMonths(11).withDayOfMonth(1); !month.isAfter(today); month = month.plusMonths(1)) {
            LocalDate thursday = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
            if (!thursday.isAfter(today)) {
                sends.add(new Send("sms-" + thursday.toString().substring(0, 7) + "-" + theme(thursday, 0), Channel.SMS,
                        thursday, 12));
            }
        }
        return new CampaignCalendar(sends);
    }

    private static String theme(LocalDate date, int week) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (month == 11 && day >= 20) {
            return "black-friday";
        }
        if (month == 12 && day <= 20) {
            return "holiday-gifts";
        }
        if (month == 1) {
            return "new-year-sale";
        }
        if (month >= 6 && month <= 8 && week % 2 == 0) {
            return "summer-outdoors";
        }
        return switch (week % 4) {
            case 0 -> "newsletter";
            case 1 -> "new-arrivals";
            case 2 -> "member-picks";
            default -> "back-in-stock";
        };
    }

    List<Send> sends() {
        return sends;
    }
}
