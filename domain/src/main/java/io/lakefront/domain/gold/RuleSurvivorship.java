package io.lakefront.domain.gold;

import io.lakefront.domain.identity.RecordKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Survivorship by gold.yaml's rules ({@link SurvivorshipRule}), field by field, recording for each
 * value the record it came from and why.
 * <ul>
 *   <li>Every rule breaks ties by {@link #PRECEDENCE}: the most recent record first (a record's recency
 *       is its last-change time, else its creation time; records whose source keeps neither come
 *       last), then the most complete, then source name and record id — never by reading order.</li>
 *   <li>Consent is always the most restrictive: an opt-out in any record, or an unsubscribe event on the
 *       channel, wins over any opt-in; no record saying either way leaves it empty.</li>
 *   <li>{@code created_at} is the earliest creation time of any record, {@code updated_at} the most
 *       recent recency of any record; {@code source_record_count} counts the records.</li>
 * </ul>
 */
public final class RuleSurvivorship implements Survivorship {
    static final Comparator<MemberRecord> PRECEDENCE = Comparator
            .comparing(MemberRecord::latestAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(member -> -member.filled())
            .thenComparing(member -> member.key().source())
            .thenComparing(member -> member.key().recordId());
    private static final Comparator<MemberRecord> OLDEST_FIRST = Comparator
            .comparing(MemberRecord::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PRECEDENCE);

    private final GoldSpec spec;

    public RuleSurvivorship() {
        this(GoldSpec.defaults());
    }

    public RuleSurvivorship(GoldSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public GoldSpec spec() {
        return spec;
    }

    @Override
    public SurvivedCustomer merge(String customerId, List<MemberRecord> members,
                                  Map<ConsentChannel, RecordKey> unsubscribed) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("customer " + customerId + " has no records");
        }
        List<MemberRecord> ordered = new ArrayList<>(members);
        ordered.sort(PRECEDENCE);
        List<GoldLineage> lineage = new ArrayList<>();
        Map<GoldField, String> values = new HashMap<>();
        for (GoldField field : GoldField.values()) {
            Choice choice = choose(spec.rule(field), ordered, member -> member.values().get(field));
            lineage.add(choice.lineage(field.columnName(), spec.rule(field)));
            values.put(field, choice.value());
        }
        for (CustomGoldField field : spec.customFields()) {
            Choice choice = choose(field.rule(), ordered, member -> member.custom().get(field.name()));
            lineage.add(choice.lineage(field.name(), field.rule()));
        }
        Boolean email = consent(ordered, ConsentChannel.EMAIL, unsubscribed, lineage);
        Boolean sms = consent(ordered, ConsentChannel.SMS, unsubscribed, lineage);
        Boolean push = consent(ordered, ConsentChannel.PUSH, unsubscribed, lineage);
        MemberRecord created = null;
        MemberRecord updated = null;
        for (MemberRecord member : ordered) {
            if (member.createdAt() != null && (created == null || member.createdAt().isBefore(created.createdAt()))) {
                created = member;
            }
            if (member.latestAt() != null && (updated == null || member.latestAt().isAfter(updated.latestAt()))) {
                updated = member;
            }
        }
        if (created != null) {
            lineage.add(new GoldLineage("created_at", created.createdAt().toString(), created.key(), "earliest",
                    "the earliest creation time of the customer's " + members.size() + " records"));
        }
        if (updated != null) {
            lineage.add(new GoldLineage("updated_at", updated.latestAt().toString(), updated.key(), "latest",
                    "the latest change of the customer's " + members.size() + " records"));
        }
        String birthDate = values.get(GoldField.BIRTH_DATE);
        GoldCustomer customer = new GoldCustomer(customerId,
                values.get(GoldField.FIRST_NAME), values.get(GoldField.LAST_NAME),
                values.get(GoldField.EMAIL), values.get(GoldField.PHONE),
                birthDate == null ? null : LocalDate.parse(birthDate), values.get(GoldField.GENDER),
                values.get(GoldField.STREET), values.get(GoldField.CITY), values.get(GoldField.POSTCODE),
                values.get(GoldField.REGION), values.get(GoldField.COUNTRY), values.get(GoldField.LOYALTY_TIER),
                email, sms, push,
                created == null ? null : created.createdAt(), updated == null ? null : updated.latestAt(), members.size());
        return new SurvivedCustomer(customer, lineage);
    }

    /** The chosen record and value of one field, and the sentence saying why; {@code member} null when none had one. */
    private record Choice(MemberRecord member, String value, String detail) {
        static final Choice NONE = new Choice(null, null, "no record has a value");

        GoldLineage lineage(String field, FieldRule rule) {
            return new GoldLineage(field, value, member == null ? null : member.key(), rule.rule().yamlName(), detail);
        }
    }

    /** Applies one rule to the records in {@link #PRECEDENCE} order. */
    static Choice choose(FieldRule rule, List<MemberRecord> ordered, Function<MemberRecord, String> valueOf) {
        List<MemberRecord> candidates = new ArrayList<>();
        for (MemberRecord member : ordered) {
            if (valueOf.apply(member) != null) {
                candidates.add(member);
            }
        }
        if (candidates.isEmpty()) {
            return Choice.NONE;
        }
        if (candidates.size() == 1) {
            MemberRecord only = candidates.get(0);
            return new Choice(only, valueOf.apply(only), "the only record with a value");
        }
        return switch (rule.rule()) {
            case MOST_RECENT -> {
                MemberRecord first = candidates.get(0);
                yield new Choice(first, valueOf.apply(first), first.latestAt() == null
                        ? "none of the " + candidates.size() + " records with a value says when it changed; the most complete"
                        : "the most recently changed of " + candidates.size() + " records with a value (" + day(first.latestAt()) + ")");
            }
            case SOURCE_PRIORITY -> sourcePriority(rule.sources(), candidates, valueOf);
            case MOST_FREQUENT -> mostFrequent(candidates, valueOf);
            case MOST_COMPLETE -> {
                MemberRecord best = candidates.get(0);
                for (MemberRecord member : candidates) {
                    if (member.filled() > best.filled()) {
                        best = member;
                    }
                }
                yield new Choice(best, valueOf.apply(best), "the most complete of " + candidates.size()
                        + " records with a value (" + best.filled() + " gold values)");
            }
            case LONGEST -> {
                MemberRecord best = candidates.get(0);
                for (MemberRecord member : candidates) {
                    if (length(valueOf.apply(member)) > length(valueOf.apply(best))) {
                        best = member;
                    }
                }
                String value = valueOf.apply(best);
                yield new Choice(best, value, "the longest of " + candidates.size() + " values (" + length(value) + " characters)");
            }
            case FIRST_NON_EMPTY -> {
                MemberRecord oldest = candidates.stream().min(OLDEST_FIRST).orElseThrow();
                yield new Choice(oldest, valueOf.apply(oldest), oldest.createdAt() == null
                        ? "none of the " + candidates.size() + " records with a value says when it was created; the most recent"
                        : "the first recorded of " + candidates.size() + " values (created " + day(oldest.createdAt()) + ")");
            }
            case CUSTOM_ORDER -> customOrder(rule.order(), candidates, valueOf);
            case MOST_RESTRICTIVE -> throw new IllegalArgumentException("most_restrictive is for consent only");
        };
    }

    private static Choice sourcePriority(List<String> sources, List<MemberRecord> candidates,
                                         Function<MemberRecord, String> valueOf) {
        for (int rank = 0; rank < sources.size(); rank++) {
            for (MemberRecord member : candidates) {
                if (member.key().source().equals(sources.get(rank))) {
                    return new Choice(member, valueOf.apply(member), sources.get(rank) + " ranks " + ordinal(rank + 1)
                            + " in the source priority (" + String.join(", ", sources) + ")"
                            + (rank == 0 ? "" : "; no higher-ranked source has a value"));
                }
            }
        }
        MemberRecord first = candidates.get(0);
        return new Choice(first, valueOf.apply(first), "no source in the priority list (" + String.join(", ", sources)
                + ") has a value; the most recent record's");
    }

    private static Choice mostFrequent(List<MemberRecord> candidates, Function<MemberRecord, String> valueOf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, MemberRecord> firstWith = new HashMap<>();
        for (MemberRecord member : candidates) {
            String key = valueOf.apply(member).strip().toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            firstWith.putIfAbsent(key, member);
        }
        String best = null;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            // Insertion order is precedence order, so on a tie the value of the more recent record stays.
            if (best == null || count.getValue() > counts.get(best)) {
                best = count.getKey();
            }
        }
        MemberRecord winner = firstWith.get(best);
        int n = counts.get(best);
        return new Choice(winner, valueOf.apply(winner), n + " of " + candidates.size() + " records with a value agree"
                + (n == 1 ? " (all differ; the most recent)" : ""));
    }

    private static Choice customOrder(List<String> order, List<MemberRecord> candidates,
                                      Function<MemberRecord, String> valueOf) {
        MemberRecord best = null;
        int bestRank = Integer.MAX_VALUE;
        for (MemberRecord member : candidates) {
            int rank = rank(order, valueOf.apply(member));
            if (rank < bestRank) {
                best = member;
                bestRank = rank;
            }
        }
        if (best == null) {
            MemberRecord first = candidates.get(0);
            return new Choice(first, valueOf.apply(first), "no value is in the custom order ("
                    + String.join(" > ", order) + "); the most recent record's");
        }
        String value = valueOf.apply(best);
        return new Choice(best, value, "'" + value + "' ranks highest of " + candidates.size()
                + " values in the custom order (" + String.join(" > ", order) + ")");
    }

    private static int rank(List<String> order, String value) {
        String v = value.strip();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).strip().equalsIgnoreCase(v)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Boolean consent(List<MemberRecord> ordered, ConsentChannel channel,
                                   Map<ConsentChannel, RecordKey> unsubscribed, List<GoldLineage> lineage) {
        String field = channel.name().toLowerCase(Locale.ROOT) + "_opt_in";
        String rule = SurvivorshipRule.MOST_RESTRICTIVE.yamlName();
        RecordKey event = unsubscribed.get(channel);
        if (event != null) {
            lineage.add(new GoldLineage(field, "false", event, rule, "an unsubscribe event on " + channel.name()
                    .toLowerCase(Locale.ROOT) + " (" + event.source() + " " + event.recordId() + ") withdraws consent"));
            return Boolean.FALSE;
        }
        MemberRecord optIn = null;
        for (MemberRecord member : ordered) {
            Boolean said = member.consents().get(channel);
            if (Boolean.FALSE.equals(said)) {
                lineage.add(new GoldLineage(field, "false", member.key(), rule,
                        "an opt-out in any record wins over any opt-in"));
                return Boolean.FALSE;
            }
            if (said != null && optIn == null) {
                optIn = member;
            }
        }
        if (optIn == null) {
            lineage.add(new GoldLineage(field, null, null, rule, "no record says either way"));
            return null;
        }
        lineage.add(new GoldLineage(field, "true", optIn.key(), rule, "opted in, and no record opted out"));
        return Boolean.TRUE;
    }

    private static int length(String value) {
        String v = value.strip();
        return v.codePointCount(0, v.length());
    }

    private static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }

    @Override
    public String toString() {
        return "rule survivorship";
    }
}
