package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One real person of the demo world — the truth that every source system records imperfectly.
 *
 * @param maidenName      the family name before a recent marriage (older systems still hold it), or {@code null}
 * @param previousAddress where the household lived before a move (the CRM may not know yet), or {@code null}
 * @param landline        the household's shared landline, or {@code null}
 * @param workEmail       a work address some systems hold instead of the personal one, or {@code null}
 * @param firstSeen       when the person first became known to the business
 */
record Person(String id, Gender gender, String origin, String givenName, String middleName, String familyName,
              String maidenName, LocalDate birthDate, Address address, Address previousAddress, Phone mobile,
              Phone landline, String personalEmail, String workEmail, Instant firstSeen, Presence presence,
              Habits habits) {

    String country() {
        return address.place().country();
    }

    /**
     * In which systems the person has a record.
     */
    record Presence(boolean crm, boolean shop, boolean support, boolean engagement) {
    }

    /**
     * How the person behaves: what they buy, how often, when they read messages, what they agreed to.
     *
     * @param favouriteCategories product categories, strongest affinity first
     * @param ordersPerYear       mean purchase rate while active
     * @param lapsedAt            when the person stopped buying, or {@code null} while still active
     * @param preferredHour       local hour (0..23) at which the person usually reads and browses
     * @param openRate            chance to open a delivered message
     * @param clickRate           chance to click an opened message
     */
    record Habits(List<String> favouriteCategories, double ordersPerYear, Instant lapsedAt, int preferredHour,
                  double openRate, double clickRate, boolean emailOptIn, boolean smsOptIn, boolean pushOptIn,
                  double emailsPerYear, double visitsPerYear) {
    }
}
