package io.lakefront.domain.gold.profile;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.CustomerIds;
import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.Permission;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.time.WorkspaceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer 360: one customer's gold profile with per-field lineage, member records, merge/split
 * history, timeline, metrics and chart figures. Anyone who may view the workspace may look; personal
 * values (email, phone, birth date, street — and the members' values tagged so) come back masked unless
 * the actor holds {@link Permission#VIEW_PERSONAL_DATA}.
 */
public final class ShowCustomer {
    /** Timeline events a profile carries at most (the newest). */
    public static final int TIMELINE = 300;
    static final int HISTORY = 100;
    /** Engagement types that count as the customer engaging (not merely being sent something). */
    static final List<String> ENGAGED = List.of("open", "click", "visit");
    static final List<String> CHANNELS = List.of("email", "sms", "push", "web");

    private static final String[][] GOLD_FIELDS = {
            {"first_name", "First name"}, {"last_name", "Last name"}, {"email", "Email"}, {"phone", "Phone"},
            {"birth_date", "Birth date"}, {"gender", "Gender"}, {"street", "Street"}, {"city", "City"},
            {"postcode", "Postcode"}, {"region", "Region"}, {"country", "Country"}, {"loyalty_tier", "Loyalty tier"},
            {"email_opt_in", "Email opt-in"}, {"sms_opt_in", "SMS opt-in"}, {"push_opt_in", "Push opt-in"}};

    private final CustomerProfiles profiles;
    private final MemberRecords members;
    private final LinkDecisionLog decisions;
    private final WorkspaceClock clock;

    public ShowCustomer(CustomerProfiles profiles, MemberRecords members, LinkDecisionLog decisions, WorkspaceClock clock) {
        this.profiles = profiles;
        this.members = members;
        this.decisions = decisions;
        this.clock = clock;
    }

    public CustomerProfile show(Actor actor, String customerId) {
        actor.require(Permission.VIEW_WORKSPACE);
        String id = customerId == null ? "" : customerId.strip();
        long clusterId = CustomerIds.clusterOf(id);
        GoldCustomer customer = profiles.customer(id)
                .orElseThrow(() -> new UserError("no customer " + id + " in the gold table (run identity resolution, "
                        + "or check the id)"));
        boolean masked = !actor.may(Permission.VIEW_PERSONAL_DATA);

        List<ProfileField> fields = fields(customer, profiles.lineage(id), masked);
        List<ProfileMember> memberRecords = members.of(clusterId);
        Map<String, String> personal = new LinkedHashMap<>();
        for (String field : PersonalData.MASKED_FIELDS) {
            personal.put(field, value(customer, field));
        }
        List<ProfileMember> shownMembers = masked ? memberRecords.stream().map(m -> m.masked(personal)).toList() : memberRecords;
        List<HistoryEntry> history = history(clusterId, memberRecords);

        List<Purchase> purchases = profiles.purchases(id);
        List<SupportTicket> tickets = profiles.tickets(id);
        List<EngagementEvent> engagement = profiles.engagement(id);
        BigDecimal spend = purchases.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CustomerProfile(id, displayName(customer), profiles.latestRun().orElse(0), customer.sourceRecordCount(),
                customer.createdAt(), customer.updatedAt(), masked, fields, shownMembers, history,
                timeline(purchases, tickets, engagement),
                new CustomerProfile.Counts(purchases.size(), tickets.size(), engagement.size(), spend),
                profiles.metrics(id), monthlySpend(purchases), engagementByChannel(engagement));
    }

    private static String displayName(GoldCustomer customer) {
        String name = ((customer.firstName() == null ? "" : customer.firstName()) + " "
                + (customer.lastName() == null ? "" : customer.lastName())).strip();
        return name.isEmpty() ? customer.customerId() : name;
    }

    private static List<ProfileField> fields(GoldCustomer customer, List<FieldLineage> lineage, boolean masked) {
        Map<String, FieldLineage> byField = new LinkedHashMap<>();
        for (FieldLineage line : lineage) {
            byField.put(line.field(), line);
        }
        List<ProfileField> fields = new ArrayList<>();
        for (String[] field : GOLD_FIELDS) {
            String name = field[0];
            fields.add(field(name, field[1], value(customer, name), masked, false, Optional.ofNullable(byField.remove(name))));
        }
        // What remains are fields the user added in gold.yaml: their values live in lineage only.
        for (FieldLineage custom : byField.values()) {
            fields.add(field(custom.field(), label(custom.field()), custom.value(), masked, true, Optional.of(custom)));
        }
        return fields;
    }

    private static ProfileField field(String name, String label, String value, boolean masked, boolean custom,
                                      Optional<FieldLineage> lineage) {
        boolean personal = masked && PersonalData.MASKED_FIELDS.contains(name) && value != null && !value.isEmpty();
        if (!masked || !PersonalData.MASKED_FIELDS.contains(name)) {
            return new ProfileField(name, label, value, false, custom, lineage);
        }
        String shown = PersonalData.maskField(name, value);
        Optional<FieldLineage> shownLineage = lineage.map(line -> line.maskedAs(PersonalData.maskField(name, line.value())));
        return new ProfileField(name, label, shown, personal, custom, shownLineage);
    }

    private static String label(String field) {
        String words = field.replace('_', ' ');
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String value(GoldCustomer c, String field) {
        Object value = switch (field) {
            case "first_name" -> c.firstName();
            case "last_name" -> c.lastName();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "birth_date" -> c.birthDate();
            case "gender" -> c.gender();
            case "street" -> c.street();
            case "city" -> c.city();
            case "postcode" -> c.postcode();
            case "region" -> c.region();
            case "country" -> c.country();
            case "loyalty_tier" -> c.loyaltyTier();
            case "email_opt_in" -> c.emailOptIn();
            case "sms_opt_in" -> c.smsOptIn();
            case "push_opt_in" -> c.pushOptIn();
            default -> null;
        };
        return value == null ? "" : value.toString();
    }

    /** Link decisions about the members (one line per decision batch) and audit entries about the cluster. */
    private List<HistoryEntry> history(long clusterId, List<ProfileMember> memberRecords) {
        List<RecordKey> keys = memberRecords.stream().map(ProfileMember::key).toList();
        Map<String, List<LinkDecision>> batches = new LinkedHashMap<>();
        for (LinkDecision decision : decisions.about(keys)) {
            String batch = decision.decidedAt() + "|" + decision.decidedBy() + "|" + decision.kind() + "|" + decision.reason();
            batches.computeIfAbsent(batch, k -> new ArrayList<>()).add(decision);
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (List<LinkDecision> batch : batches.values()) {
            LinkDecision first = batch.get(0);
            history.add(new HistoryEntry(first.decidedAt(), first.decidedBy(), describe(batch, keys), first.reason()));
        }
        for (AuditEntry entry : profiles.auditAboutCluster(clusterId, HISTORY)) {
            history.add(new HistoryEntry(entry.at(), entry.actor(), auditWords(entry), ""));
        }
        history.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return history.size() > HISTORY ? history.subList(0, HISTORY) : history;
    }

    private static String describe(List<LinkDecision> batch, List<RecordKey> members) {
        LinkDecision first = batch.get(0);
        String verb = switch (first.kind()) {
            case MUST_LINK -> "Kept together";
            case CANNOT_LINK -> "Kept apart";
            case WITHDRAWN -> "Decision withdrawn";
        };
        // A split's cannot-links share one record: name it once, then the others.
        RecordKey common = batch.size() > 1 && batch.stream().allMatch(d -> d.a().equals(first.a()) || d.b().equals(first.a()))
                ? first.a() : batch.size() > 1 ? first.b() : null;
        if (common != null && batch.stream().allMatch(d -> d.a().equals(common) || d.b().equals(common))) {
            List<String> others = batch.stream().map(d -> d.a().equals(common) ? d.b() : d.a()).map(RecordKey::toString).toList();
            return verb + ": " + common + " ↔ " + String.join(", ", others) + member(common, members);
        }
        List<String> pairs = batch.stream().map(d -> d.a() + " ↔ " + d.b()).toList();
        return verb + ": " + String.join("; ", pairs);
    }

    private static String member(RecordKey key, List<RecordKey> members) {
        return members.contains(key) ? "" : " (no longer a member)";
    }

    private static String auditWords(AuditEntry entry) {
        String action = switch (entry.action()) {
            case "identity.cluster_split" -> "Split";
            case "identity.clusters_merged" -> "Merged";
            default -> entry.action();
        };
        return action + ": " + entry.subject() + (entry.detail().isEmpty() ? "" : " — " + entry.detail());
    }

    private static List<TimelineEvent> timeline(List<Purchase> purchases, List<SupportTicket> tickets,
                                                List<EngagementEvent> engagement) {
        List<TimelineEvent> events = new ArrayList<>(purchases.size() + tickets.size() + engagement.size());
        for (Purchase p : purchases) {
            String what = p.product() == null || p.product().isBlank() ? "Purchase" : p.product();
            String detail = (p.category() == null ? "" : p.category()) + (p.quantity() > 1 ? " · " + p.quantity() + " pieces" : "")
                    + (p.orderId() == null ? "" : " · order " + p.orderId());
            events.add(new TimelineEvent(p.purchasedAt(), TimelineEvent.Kind.PURCHASE, what,
                    detail.startsWith(" · ") ? detail.substring(3) : detail, p.amount()));
        }
        for (SupportTicket t : tickets) {
            String detail = t.status() + (t.closedAt() == null ? "" : ", closed " + t.closedAt().toString().substring(0, 10))
                    + " · ticket " + t.ticketId();
            events.add(new TimelineEvent(t.openedAt(), TimelineEvent.Kind.TICKET,
                    "Ticket: " + (t.topic() == null || t.topic().isBlank() ? "(no topic)" : t.topic()), detail, null));
        }
        for (EngagementEvent e : engagement) {
            events.add(new TimelineEvent(e.occurredAt(), TimelineEvent.Kind.ENGAGEMENT,
                    channel(e.channel()) + " " + e.type(), e.campaignId() == null ? "" : "campaign " + e.campaignId(), null));
        }
        events.sort(Comparator.comparing(TimelineEvent::at).reversed());
        return events.size() > TIMELINE ? events.subList(0, TIMELINE) : events;
    }

    private static String channel(String channel) {
        return switch (channel) {
            case "sms" -> "SMS";
            case "email" -> "Email";
            case "push" -> "Push";
            case "web" -> "Web";
            default -> channel;
        };
    }

    private List<CustomerProfile.MonthlySpend> monthlySpend(List<Purchase> purchases) {
        YearMonth last = YearMonth.from(clock.now().atZone(clock.zone()));
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        for (int back = 11; back >= 0; back--) {
            months.put(last.minusMonths(back), BigDecimal.ZERO);
        }
        Instant now = clock.now();
        for (Purchase p : purchases) {
            if (p.purchasedAt().isAfter(now)) {
                continue;
            }
            YearMonth month = YearMonth.from(p.purchasedAt().atZone(clock.zone()));
            months.computeIfPresent(month, (m, sum) -> sum.add(p.amount()));
        }
        return months.entrySet().stream().map(e -> new CustomerProfile.MonthlySpend(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Long> engagementByChannel(List<EngagementEvent> engagement) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (String channel : CHANNELS) {
            byChannel.put(channel, 0L);
        }
        for (EngagementEvent e : engagement) {
            if (ENGAGED.contains(e.type())) {
                byChannel.merge(e.channel(), 1L, Long::sum);
            }
        }
        return byChannel;
    }
}
