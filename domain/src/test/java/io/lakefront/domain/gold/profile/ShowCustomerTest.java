package io.lakefront.domain.gold.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.EngagementEvent;
import io.lakefront.domain.gold.GoldCustomer;
import io.lakefront.domain.gold.Purchase;
import io.lakefront.domain.gold.SupportTicket;
import io.lakefront.domain.governance.Actor;
import io.lakefront.domain.governance.AuditEntry;
import io.lakefront.domain.governance.AuditLog;
import io.lakefront.domain.governance.PermissionDenied;
import io.lakefront.domain.governance.Role;
import io.lakefront.domain.identity.LinkConstraint;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.workspace.LinkDecision;
import io.lakefront.domain.identity.workspace.LinkDecisionLog;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.time.WorkspaceClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ShowCustomerTest {
    static final Instant NOW = Instant.parse("2026-10-20T23:59:59Z");
    static final String ID = "C00000007";
    static final RecordKey CRM = new RecordKey("crm", "1001");
    static final RecordKey SHOP = new RecordKey("shop", "s-9");
    static final Actor STEWARD = Actor.of("sam", Role.DATA_STEWARD);
    static final Actor MARKETER = Actor.of("mo", Role.MARKETER);

    final MemoryProfiles profiles = new MemoryProfiles();
    final Decisions decisions = new Decisions();
    final List<ProfileMember> members = new ArrayList<>(List.of(
            new ProfileMember(CRM, List.of(new ProfileMember.Value("First Name", ColumnTag.GIVEN_NAME, "Jane"),
                    new ProfileMember.Value("E-mail", ColumnTag.EMAIL, "jane.doe@example.com"),
                    new ProfileMember.Value("Street", ColumnTag.STREET, "12 Elm St")), true),
            new ProfileMember(SHOP, List.of(new ProfileMember.Value("phone", ColumnTag.PHONE, "+15125550134"),
                    new ProfileMember.Value("signed up", ColumnTag.DATE, "1984-03-07"),
                    new ProfileMember.Value("contact", ColumnTag.TEXT, "JANE.DOE@example.com")), true)));
    final ShowCustomer show = new ShowCustomer(profiles, cluster -> cluster == 7 ? members : List.of(), decisions,
            WorkspaceClock.fixedAt(NOW));

    ShowCustomerTest() {
        profiles.run = OptionalLong.of(3);
        profiles.customers.put(ID, new GoldCustomer(ID, "Jane", "Doe", "jane.doe@example.com", "+15125550134",
                LocalDate.of(1984, 3, 7), "female", "12 Elm St", "Austin", "78701", "TX", "US", "gold", true, false, null,
                NOW.minusSeconds(86_400 * 400L), NOW, 2));
        profiles.lineage.add(new FieldLineage("email", "jane.doe@example.com", "crm", "1001", "source_priority",
                "crm is ranked above shop; jane.doe@example.com won"));
        profiles.lineage.add(new FieldLineage("city", "Austin", "shop", "s-9", "most_recent", "shop's record is the newest"));
        profiles.lineage.add(new FieldLineage("favourite_store", "Downtown", "shop", "s-9", "first_non_empty", ""));
        profiles.purchases.add(new Purchase("p1", "o1", ID, Instant.parse("2026-09-03T10:00:00Z"), "shoes", "Trail runner", 1,
                new BigDecimal("120.00"), "USD"));
        profiles.purchases.add(new Purchase("p2", "o2", ID, Instant.parse("2026-10-01T10:00:00Z"), "socks", "Wool socks", 3,
                new BigDecimal("30.00"), "USD"));
        profiles.purchases.add(new Purchase("p3", "o3", ID, Instant.parse("2024-01-01T10:00:00Z"), "hats", "Cap", 1,
                new BigDecimal("15.00"), "USD"));
        profiles.tickets.add(new SupportTicket("t1", ID, Instant.parse("2026-10-02T09:00:00Z"), null, "open", "late delivery"));
        profiles.engagement.add(new EngagementEvent("e1", ID, Instant.parse("2026-10-05T09:00:00Z"), "email", "open", "vip"));
        profiles.engagement.add(new EngagementEvent("e2", ID, Instant.parse("2026-10-05T09:01:00Z"), "email", "click", "vip"));
        profiles.engagement.add(new EngagementEvent("e3", ID, Instant.parse("2026-10-04T09:00:00Z"), "push", "sent", "vip"));
        profiles.audit.add(new AuditEntry(NOW, "sam", "identity.cluster_split", "cluster 7", "shop/s-9 split out (1 cannot-links)"));
        decisions.append(new LinkDecision(SHOP, CRM, LinkDecision.Kind.CANNOT_LINK, "sam", NOW, "different birth dates", null));
    }

    @Test
    void aStewardSeesEverythingWithLineage() {
        CustomerProfile profile = show.show(STEWARD, ID);
        assertThat(profile.displayName()).isEqualTo("Jane Doe");
        assertThat(profile.masked()).isFalse();
        assertThat(profile.runId()).isEqualTo(3);
        assertThat(profile.field("email").orElseThrow().value()).isEqualTo("jane.doe@example.com");
        assertThat(profile.field("email").orElseThrow().lineage().orElseThrow().record()).isEqualTo("crm/1001");
        assertThat(profile.field("birth_date").orElseThrow().value()).isEqualTo("1984-03-07");
        assertThat(profile.field("phone").orElseThrow().lineage()).isEmpty();
        assertThat(profile.field("favourite_store").orElseThrow().custom()).isTrue();
        assertThat(profile.field("favourite_store").orElseThrow().value()).isEqualTo("Downtown");
        assertThat(profile.field("email_opt_in").orElseThrow().value()).isEqualTo("true");
        assertThat(profile.field("push_opt_in").orElseThrow().value()).isEmpty();
        assertThat(profile.members()).hasSize(2);
        assertThat(profile.members().get(0).valueOf(ColumnTag.STREET)).isEqualTo("12 Elm St");
        assertThat(profile.hasLineage()).isTrue();
    }

    @Test
    void aMarketerGetsPersonalDataMaskedFromTheUseCaseItself() {
        CustomerProfile profile = show.show(MARKETER, ID);
        assertThat(profile.masked()).isTrue();
        assertThat(profile.field("email").orElseThrow().value()).isEqualTo("j***@example.com");
        assertThat(profile.field("email").orElseThrow().masked()).isTrue();
        assertThat(profile.field("email").orElseThrow().lineage().orElseThrow().value()).isEqualTo("j***@example.com");
        assertThat(profile.field("email").orElseThrow().lineage().orElseThrow().detail())
                .doesNotContain("jane.doe").contains("j***@example.com");
        assertThat(profile.field("phone").orElseThrow().value()).isEqualTo("+*********34");
        assertThat(profile.field("birth_date").orElseThrow().value()).isEqualTo("1984");
        assertThat(profile.field("street").orElseThrow().value()).isEqualTo(PersonalData.HIDDEN);
        assertThat(profile.field("city").orElseThrow().value()).isEqualTo("Austin");
        assertThat(profile.members().get(0).valueOf(ColumnTag.EMAIL)).isEqualTo("j***@example.com");
        assertThat(profile.members().get(0).valueOf(ColumnTag.STREET)).isEqualTo(PersonalData.HIDDEN);
        assertThat(profile.members().get(1).valueOf(ColumnTag.PHONE)).isEqualTo("+*********34");
        assertThat(profile.members().get(0).valueOf(ColumnTag.GIVEN_NAME)).isEqualTo("Jane");
        // Tagged as something else, but the customer's birth date and email all the same.
        assertThat(profile.members().get(1).valueOf(ColumnTag.DATE)).isEqualTo("1984");
        assertThat(profile.members().get(1).valueOf(ColumnTag.TEXT)).isEqualTo("J***@example.com");
    }

    @Test
    void timelineChartsAndHistory() {
        CustomerProfile profile = show.show(STEWARD, ID);
        assertThat(profile.timeline()).extracting(TimelineEvent::kind).first().isEqualTo(TimelineEvent.Kind.ENGAGEMENT);
        assertThat(profile.timeline()).hasSize(7);
        assertThat(profile.timeline().get(profile.timeline().size() - 1).title()).isEqualTo("Cap");
        assertThat(profile.counts().spend()).isEqualByComparingTo("165.00");
        assertThat(profile.monthlySpend()).hasSize(12);
        assertThat(profile.monthlySpend().get(11)).isEqualTo(new CustomerProfile.MonthlySpend(YearMonth.of(2026, 10),
                new BigDecimal("30.00")));
        assertThat(profile.monthlySpend().get(10).amount()).isEqualByComparingTo("120");
        assertThat(profile.monthlySpend().get(0).month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(profile.engagement()).containsEntry("email", 2L).containsEntry("push", 0L);
        assertThat(profile.metrics()).isEmpty();
        assertThat(profile.history()).extracting(HistoryEntry::what)
                .anySatisfy(w -> assertThat(w).isEqualTo("Kept apart: crm/1001 ↔ shop/s-9"))
                .anySatisfy(w -> assertThat(w).startsWith("Split: cluster 7"));
        assertThat(profile.history()).extracting(HistoryEntry::reason).contains("different birth dates");
    }

    @Test
    void anUnknownOrMalformedIdIsAClearError() {
        assertThatThrownBy(() -> show.show(STEWARD, "C00000099")).isInstanceOf(UserError.class)
                .hasMessageContaining("no customer C00000099");
        assertThatThrownBy(() -> show.show(STEWARD, "jane")).isInstanceOf(UserError.class)
                .hasMessageContaining("is not a customer id");
        assertThatThrownBy(() -> show.show(new Actor("nobody", java.util.Set.of()), ID)).isInstanceOf(PermissionDenied.class);
    }

    @Test
    void searchMasksContactsAndRebuildsAfterANewRun() {
        SearchCustomers search = new SearchCustomers(profiles);
        CustomerSearch found = search.search(MARKETER, "jane doe", 10);
        assertThat(found.results()).hasSize(1);
        assertThat(found.masked()).isTrue();
        assertThat(found.results().get(0).customer().email()).isEqualTo("j***@example.com");
        assertThat(search.search(STEWARD, "+1 512 555 0134", 10).results().get(0).customer().email())
                .isEqualTo("jane.doe@example.com");
        assertThat(profiles.scans).isEqualTo(1);
        profiles.customers.put("C00000008", new GoldCustomer("C00000008", "Bartholomew", "Quill", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 1));
        assertThat(search.search(STEWARD, "quill", 10).results()).isEmpty();
        profiles.run = OptionalLong.of(4);
        assertThat(search.search(STEWARD, "quill", 10).results()).extracting(r -> r.customer().customerId())
                .containsExactly("C00000008");
        assertThat(profiles.scans).isEqualTo(2);
        assertThat(search.search(STEWARD, "", 10).results()).hasSize(2);
    }

    @Test
    void splittingNeedsTheRightRoleAReasonAndAMember() {
        List<AuditEntry> audited = new ArrayList<>();
        AuditLog audit = new AuditLog() {
            @Override public void append(AuditEntry entry) { audited.add(entry); }
            @Override public List<AuditEntry> recent(int limit) { return audited; }
        };
        var store = new OneCluster(7, List.of(CRM, SHOP));
        var reshape = new io.lakefront.domain.identity.review.ReshapeClusters(store,
                new io.lakefront.domain.identity.workspace.DecideLink(decisions, audit, WorkspaceClock.fixedAt(NOW)), audit,
                WorkspaceClock.fixedAt(NOW));
        SplitOutMember split = new SplitOutMember(reshape, cluster -> cluster == 7 ? members : List.of());
        assertThatThrownBy(() -> split.split(MARKETER, ID, SHOP, "not her")).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> split.split(STEWARD, ID, SHOP, " ")).isInstanceOf(UserError.class)
                .hasMessageContaining("say why");
        assertThatThrownBy(() -> split.split(STEWARD, ID, new RecordKey("crm", "404"), "x")).isInstanceOf(UserError.class)
                .hasMessageContaining("not a member of customer C00000007");
        int before = decisions.all.size();
        SplitOutMember.Split done = split.split(STEWARD, ID, SHOP, "not her");
        assertThat(done.decisions()).hasSize(1);
        assertThat(decisions.all).hasSize(before + 1);
        assertThat(decisions.all.get(before).kind()).isEqualTo(LinkDecision.Kind.CANNOT_LINK);
        assertThat(decisions.all.get(before).reason()).isEqualTo("not her");
        assertThat(audited).extracting(AuditEntry::action).contains("identity.cluster_split");
        assertThat(done.message()).contains("next resolution run");
    }

    /** The link decision log in a list. */
    static final class Decisions implements LinkDecisionLog {
        final List<LinkDecision> all = new ArrayList<>();
        @Override public void append(LinkDecision decision) { all.add(decision); }
        @Override public List<LinkDecision> history(int limit) { List<LinkDecision> newest = new ArrayList<>(all);
            java.util.Collections.reverse(newest);
            return newest.stream().limit(limit).toList(); }
        @Override public List<LinkDecision> about(Collection<RecordKey> records) {
            return all.stream().filter(d -> records.contains(d.a()) || records.contains(d.b())).toList();
        }
        @Override public List<LinkConstraint> inForce() { return List.of(); }
    }
}
