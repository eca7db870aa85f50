package io.lakefront.domain.gold;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The built-in survivorship, simple and predictable until gold.yaml makes it configurable:
 * <ul>
 *   <li>each field takes the value of the most recent record that has one — a record's recency is
 *       its last-change time, else its creation time (a CRM's Last Modified, a shop's signup); records
 *       whose source keeps neither (a support ticket's requester details) come last; among equally recent records the most complete one (most gold values) wins, then
 *       the source name and record id, so the choice never depends on reading order;</li>
 *   <li>consent is the most restrictive: an opt-out in any record, or an unsubscribe event on the
 *       channel, wins over any opt-in; no record saying either way leaves it empty;</li>
 *   <li>{@code created_at} is the earliest creation time of any record, {@code updated_at} the most
 *       recent recency of any record; {@code source_record_count} counts the records.</li>
 * </ul>
 */
public final class MostRecentSurvivorship implements Survivorship {
    static final Comparator<MemberRecord> PRECEDENCE = Comparator
            .comparing(MemberRecord::latestAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(member -> -(member.values().size() + member.consents().size()))
            .thenComparing(member -> member.key().source())
            .thenComparing(member -> member.key().recordId());

    @Override
    public GoldCustomer merge(String customerId, List<MemberRecord> members, Set<ConsentChannel> unsubscribed) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("customer " + customerId + " has no records");
        }
        List<MemberRecord> ordered = new ArrayList<>(members);
        ordered.sort(PRECEDENCE);
        Instant created = null;
        Instant updated = null;
        for (MemberRecord member : ordered) {
            if (member.createdAt() != null && (created == null || member.createdAt().isBefore(created))) {
                created = member.createdAt();
            }
            if (member.latestAt() != null && (updated == null || member.latestAt().isAfter(updated))) {
                updated = member.latestAt();
            }
        }
        String birthDate = first(ordered, GoldField.BIRTH_DATE);
        return new GoldCustomer(customerId,
                first(ordered, GoldField.FIRST_NAME), first(ordered, GoldField.LAST_NAME),
                first(ordered, GoldField.EMAIL), first(ordered, GoldField.PHONE),
                birthDate == null ? null : LocalDate.parse(birthDate), first(ordered, GoldField.GENDER),
                first(ordered, GoldField.STREET), first(ordered, GoldField.CITY), first(ordered, GoldField.POSTCODE),
                first(ordered, GoldField.REGION), first(ordered, GoldField.COUNTRY),
                first(ordered, GoldField.LOYALTY_TIER),
                consent(ordered, ConsentChannel.EMAIL, unsubscribed), consent(ordered, ConsentChannel.SMS, unsubscribed),
                consent(ordered, ConsentChannel.PUSH, unsubscribed),
                created, updated, members.size());
    }

    private static String first(List<MemberRecord> ordered, GoldField field) {
        for (MemberRecord member : ordered) {
            String value = member.values().get(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Boolean consent(List<MemberRecord> members, ConsentChannel channel, Set<ConsentChannel> unsubscribed) {
        if (unsubscribed.contains(channel)) {
            return Boolean.FALSE;
        }
        Boolean consent = null;
        for (MemberRecord member : members) {
            Boolean said = member.consents().get(channel);
            if (Boolean.FALSE.equals(said)) {
                return Boolean.FALSE;
            }
            if (said != null) {
                consent = said;
            }
        }
        return consent;
    }
}
