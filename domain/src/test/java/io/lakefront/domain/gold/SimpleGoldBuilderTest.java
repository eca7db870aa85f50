package io.lakefront.domain.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import io.lakefront.domain.source.RowStream;
import io.lakefront.domain.task.TaskContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleGoldBuilderTest {
    private static final List<PreparedColumn> CRM = List.of(col("Contact ID", ColumnTag.RECORD_ID),
            col("First Name", ColumnTag.GIVEN_NAME), col("Last Name", ColumnTag.FAMILY_NAME), col("Email", ColumnTag.EMAIL),
            col("Gender", ColumnTag.GENDER), col("Country", ColumnTag.COUNTRY), col("Loyalty Tier", ColumnTag.CATEGORY),
            col("Email Opt In", ColumnTag.CONSENT), col("SMS Opt In", ColumnTag.CONSENT), col("Created Date", ColumnTag.TIMESTAMP),
            col("Last Modified", ColumnTag.TIMESTAMP));
    private static final List<PreparedColumn> SHOP = List.of(col("customer_id", ColumnTag.RECORD_ID),
            col("full_name", ColumnTag.FULL_NAME), col("email_address", ColumnTag.EMAIL), col("house", ColumnTag.STREET_NUMBER),
            col("street", ColumnTag.STREET), col("newsletter", ColumnTag.CONSENT), col("push_enabled", ColumnTag.CONSENT),
            col("signup_at", ColumnTag.TIMESTAMP));
    private static final List<PreparedColumn> SUPPORT = List.of(col("Ticket #", ColumnTag.RECORD_ID),
            col("Requester Email", ColumnTag.EMAIL), col("Opened", ColumnTag.TIMESTAMP), col("Closed", ColumnTag.TIMESTAMP),
            col("Status", ColumnTag.CATEGORY), col("Topic", ColumnTag.CATEGORY));
    private static final List<PreparedColumn> ORDERS = List.of(col("line_id", ColumnTag.RECORD_ID),
            col("order_id", ColumnTag.OTHER_ID), col("customer_id", ColumnTag.OTHER_ID), col("ordered_at", ColumnTag.TIMESTAMP),
            col("product", ColumnTag.PRODUCT), col("quantity", ColumnTag.QUANTITY), col("unit_price", ColumnTag.MONEY),
            col("amount", ColumnTag.MONEY), col("currency", ColumnTag.CURRENCY));
    private static final List<PreparedColumn> EVENTS = List.of(col("event_id", ColumnTag.RECORD_ID),
            col("contact_key", ColumnTag.OTHER_ID), col("occurred_at", ColumnTag.TIMESTAMP), col("channel", ColumnTag.CATEGORY),
            col("type", ColumnTag.CATEGORY), col("campaign_id", ColumnTag.OTHER_ID));

    private static PreparedColumn col(String name, ColumnTag tag) {
        return new PreparedColumn(name, tag);
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    /** A sink that keeps what it is given. */
    private static final class Recording implements GoldSink {
        final Map<String, GoldCustomer> customers = new HashMap<>();
        final Map<String, List<GoldLineage>> lineage = new HashMap<>();
        final List<Purchase> purchases = new ArrayList<>();
        final List<SupportTicket> tickets = new ArrayList<>();
        final List<EngagementEvent> events = new ArrayList<>();

        @Override public void customer(SurvivedCustomer survived) {
            customers.put(survived.customer().customerId(), survived.customer());
            lineage.put(survived.customer().customerId(), survived.lineage());
        }
        @Override public void purchase(Purchase purchase) { purchases.add(purchase); }
        @Override public void ticket(SupportTicket ticket) { tickets.add(ticket); }
        @Override public void engagement(EngagementEvent event) { events.add(event); }
    }

    private static EventSource stream(String name, List<PreparedColumn> columns, List<List<String>> rows) {
        return new EventSource(name, columns, rows.size(), () -> new RowStream() {
            private final Iterator<List<String>> next = rows.iterator();
            private long done;

            @Override public List<String> columns() { return columns.stream().map(PreparedColumn::name).toList(); }
            @Override public List<String> next() {
                if (!next.hasNext()) {
                    return null;
                }
                done++;
                return next.next();
            }
            @Override public long done() { return done; }
            @Override public long total() { return rows.size(); }
            @Override public void close() { }
        });
    }

    private static SourceRows people(String name, List<PreparedColumn> columns, List<List<String>> rows) {
        return new SourceRows(name, columns, rows.stream().map(r -> r.get(0)).toList(), rows);
    }

    private final SourceRows crm = people("crm", CRM, List.of(
            row("C-1", "Anna", "Berg", "anna@example.com", "female", "US", "Gold", "true", "true",
                    "2020-01-01T00:00:00Z", "2026-01-10T10:00:00Z"),
            row("C-2", "Ben", "Carter", "ben@example.com", "nonbinary?", "USA", "Diamond", "true", "false",
                    "2021-03-03T00:00:00Z", "2024-01-01T00:00:00Z")));
    private final SourceRows shop = people("shop", SHOP, List.of(
            row("100001", "Anna Berg-Olsen", "anna.olsen@example.com", "12", "Main St", "true", "true",
                    "2025-02-01T10:00:00Z"),
            row("100002", "Carter, Benjamin", "ben@example.com", null, "Elm St", "false", "true",
                    "2026-05-05T00:00:00Z")));
    private final SourceRows support = people("support", SUPPORT, List.of(
            row("10001", "anna@example.com", "2026-09-01T08:00:00Z", "2026-09-02T08:00:00Z", "Solved", "Refund"),
            row("10002", "ben@example.com", "2026-09-03T08:00:00Z", null, "On hold", "Delivery")));
    private final Map<RecordKey, Long> clusters = Map.of(new RecordKey("crm", "C-1"), 1L, new RecordKey("shop", "100001"), 1L,
            new RecordKey("support", "10001"), 1L, new RecordKey("crm", "C-2"), 2L, new RecordKey("shop", "100002"), 2L,
            new RecordKey("support", "10002"), 2L);

    @Test
    void eachFieldTakesTheMostRecentRecordsValueAndConsentTheMostRestrictive() {
        Recording sink = new Recording();
        GoldCounts counts = new SimpleGoldBuilder().build(new GoldInput(List.of(crm, shop, support), clusters, List.of()),
                sink, TaskContext.silent());

        assertThat(counts.customers()).isEqualTo(2);
        GoldCustomer anna = sink.customers.get("C00000001");
        // The CRM record changed last (2026-01-10), after the shop signup (2025-02-01); support keeps no record times.
        assertThat(anna.email()).isEqualTo("anna@example.com");
        assertThat(anna.lastName()).isEqualTo("Berg");
        assertThat(anna.street()).as("only the shop has a street; its house number goes in front").isEqualTo("12 Main St");
        assertThat(anna.loyaltyTier()).isEqualTo("gold");
        assertThat(anna.gender()).isEqualTo("female");
        assertThat(anna.emailOptIn()).isTrue();
        assertThat(anna.smsOptIn()).isTrue();
        assertThat(anna.pushOptIn()).isTrue();
        assertThat(anna.createdAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(anna.updatedAt()).isEqualTo(Instant.parse("2026-01-10T10:00:00Z"));
        assertThat(anna.sourceRecordCount()).isEqualTo(3);

        GoldCustomer ben = sink.customers.get("C00000002");
        // The shop signup (2026-05-05) is Ben's most recent record: its split full name wins.
        assertThat(ben.firstName()).isEqualTo("Benjamin");
        assertThat(ben.lastName()).isEqualTo("Carter");
        assertThat(ben.emailOptIn()).as("the shop's newsletter says no").isFalse();
        assertThat(ben.smsOptIn()).isFalse();
        assertThat(ben.gender()).as("not a gender the gold schema holds").isNull();
        assertThat(ben.country()).as("not a two-letter code").isNull();
        assertThat(ben.loyaltyTier()).as("not a tier of the contract").isNull();
        assertThat(ben.birthDate()).isNull();
    }

    @Test
    void aPersonSourceThatLooksLikeTicketsFillsSupportTicketsWithItsOwnRecordsCustomer() {
        Recording sink = new Recording();
        GoldCounts counts = new SimpleGoldBuilder().build(new GoldInput(List.of(crm, shop, support), clusters, List.of()),
                sink, TaskContext.silent());

        assertThat(counts.supportTickets()).isEqualTo(2);
        assertThat(sink.tickets).containsExactly(
                new SupportTicket("10001", "C00000001", Instant.parse("2026-09-01T08:00:00Z"),
                        Instant.parse("2026-09-02T08:00:00Z"), "closed", "Refund"),
                new SupportTicket("10002", "C00000002", Instant.parse("2026-09-03T08:00:00Z"), null, "pending", "Delivery"));
        assertThat(counts.notes()).anyMatch(note -> note.startsWith("support -> support_tickets: 2 rows"));
    }

    @Test
    void ordersFindTheirCustomerThroughTheShopsRecordIdsAndEventsThroughEmailOrPhone() {
        EventSource orders = stream("orders", ORDERS, List.of(
                row("SO1-1", "SO1", "100001", "2026-01-15T10:00:00Z", "Speaker", "2", "78.99", "157.98", "usd"),
                row("SO2-1", "SO2", "100002", "2026-02-15T10:00:00Z", "Lamp", "x", "45", "45.00", "USD"),
                row("SO3-1", "SO3", "999999", "2026-03-15T10:00:00Z", "Hose", "1", "25.5", "25.50", "USD"),
                row("SO4-1", "SO4", "100001", null, "Mug", "1", "5", "5.00", "USD")));
        SourceRows crmWithPhone = people("crm", List.of(col("Contact ID", ColumnTag.RECORD_ID), col("Email", ColumnTag.EMAIL),
                col("Phone", ColumnTag.PHONE)), List.of(row("C-1", "a.n.n.a@gmail.com", "+14155550101"),
                row("C-2", "shared@example.com", "+14155550102"), row("C-3", "shared@example.com", null)));
        Map<RecordKey, Long> withThird = new HashMap<>(clusters);
        withThird.put(new RecordKey("crm", "C-3"), 3L);
        EventSource events = stream("engagement", EVENTS, List.of(
                row("e-1", "anna@gmail.com", "2026-02-01T10:00:00Z", "Email", "opened", "camp-1"),
                row("e-2", "+1 (415) 555-0102", "2026-02-02T10:00:00Z", "sms", "unsubscribed", "camp-2"),
                row("e-3", "shared@example.com", "2026-02-03T10:00:00Z", "email", "sent", "camp-1"),
                row("e-4", "+14155550101", "2026-02-04T10:00:00Z", "fax", "sent", "camp-1"),
                row("e-5", "anna@gmail.com", "2026-02-05T10:00:00Z", "web", "visit", null)));

        Recording sink = new Recording();
        GoldCounts counts = new SimpleGoldBuilder().build(new GoldInput(List.of(crmWithPhone, shop), withThird,
                List.of(orders, events)), sink, TaskContext.silent());

        assertThat(sink.purchases).containsExactly(
                new Purchase("SO1-1", "SO1", "C00000001", Instant.parse("2026-01-15T10:00:00Z"), null, "Speaker", 2,
                        new BigDecimal("157.98"), "USD"),
                new Purchase("SO2-1", "SO2", "C00000002", Instant.parse("2026-02-15T10:00:00Z"), null, "Lamp", 1,
                        new BigDecimal("45.00"), "USD"),
                new Purchase("SO3-1", "SO3", null, Instant.parse("2026-03-15T10:00:00Z"), null, "Hose", 1,
                        new BigDecimal("25.50"), "USD"));
        assertThat(sink.events).extracting(EngagementEvent::eventId, EngagementEvent::customerId, EngagementEvent::channel,
                EngagementEvent::type).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e-1", "C00000001", "email", "open"),
                        org.assertj.core.groups.Tuple.tuple("e-2", "C00000002", "sms", "unsubscribe"),
                        org.assertj.core.groups.Tuple.tuple("e-3", null, "email", "sent"),
                        org.assertj.core.groups.Tuple.tuple("e-5", "C00000001", "web", "visit"));
        assertThat(counts.unkeyed()).as("an unknown shop id and an address two people share").isEqualTo(2);
        assertThat(counts.skipped()).as("an order line without a time and an event on no channel").isEqualTo(2);
        assertThat(counts.notes()).anyMatch(note -> note.contains("record ids of source shop"))
                .anyMatch(note -> note.contains("email addresses and phone numbers"));
        assertThat(sink.customers.get("C00000002").smsOptIn()).as("an unsubscribe event is an opt-out").isFalse();
    }

    @Test
    void idsGetTheirSourceInFrontOnlyWhenTwoSourcesFillOneTable() {
        EventSource web = stream("webshop", ORDERS, List.of(
                row("L1", "O1", "100001", "2026-01-15T10:00:00Z", "Speaker", "1", "1", "1.00", "USD")));
        EventSource store = stream("store", ORDERS, List.of(
                row("L1", "O9", "100002", "2026-01-16T10:00:00Z", "Lamp", "1", "2", "2.00", "USD"),
                row("L2", "O9", "100002", "2026-01-16T10:00:00Z", "Lamp", "1", "2", "2.00", "USD")));

        Recording sink = new Recording();
        new SimpleGoldBuilder().build(new GoldInput(List.of(shop), clusters, List.of(web, store)), sink, TaskContext.silent());

        assertThat(sink.purchases).extracting(Purchase::purchaseId).containsExactly("webshop:L1", "store:L1", "store:L2");
    }

    @Test
    void eventsAreNamedByADistinctIdColumnAndARepeatBeyondTheSampleIsSkipped() {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= SimpleGoldBuilder.SAMPLE_ROWS; i++) {
            // The export took the order number for its record id; the line number is the distinct one.
            lines.add(row("O" + (i + 1) / 2, "L" + i, "100001", "2026-01-15T10:00:00Z", "Mug", "1", "1", "1.00", "USD"));
        }
        lines.add(row("O9", "L1", "100001", "2026-01-15T10:00:00Z", "Mug", "1", "1", "1.00", "USD"));
        List<PreparedColumn> columns = List.of(col("order_id", ColumnTag.RECORD_ID), col("line_id", ColumnTag.OTHER_ID),
                col("customer_id", ColumnTag.OTHER_ID), col("ordered_at", ColumnTag.TIMESTAMP), col("product", ColumnTag.PRODUCT),
                col("quantity", ColumnTag.QUANTITY), col("unit_price", ColumnTag.MONEY), col("amount", ColumnTag.MONEY),
                col("currency", ColumnTag.CURRENCY));

        Recording sink = new Recording();
        GoldCounts counts = new SimpleGoldBuilder().build(new GoldInput(List.of(shop), clusters,
                List.of(stream("orders", columns, lines))), sink, TaskContext.silent());

        assertThat(sink.purchases).hasSize(SimpleGoldBuilder.SAMPLE_ROWS);
        assertThat(sink.purchases.get(2)).extracting(Purchase::purchaseId, Purchase::orderId).containsExactly("L3", "O2");
        assertThat(counts.skipped()).isEqualTo(1);
    }

    @Test
    void aSourceNoEventTableFitsIsLeftOutWithAReason() {
        EventSource notes = stream("notes", List.of(col("id", ColumnTag.RECORD_ID), col("text", ColumnTag.TEXT)),
                List.of(row("1", "hello")));
        GoldCounts counts = new SimpleGoldBuilder().build(new GoldInput(List.of(shop), clusters, List.of(notes)),
                new Recording(), TaskContext.silent());
        assertThat(counts.notes()).contains("notes: no person fields and no event table fits its columns; not used");
    }

    @Test
    void customerIdsAreTheClusterIdPaddedAndReadBack() {
        assertThat(CustomerIds.of(42)).isEqualTo("C00000042");
        assertThat(CustomerIds.of(123_456_789_012L)).isEqualTo("C123456789012");
        assertThat(CustomerIds.clusterOf("C00000042")).isEqualTo(42);
        assertThatThrownBy(() -> CustomerIds.clusterOf("42")).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> CustomerIds.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivorshipCanBeReplaced() {
        Survivorship firstName = (id, members, unsubscribed) -> new SurvivedCustomer(new GoldCustomer(id, "Same", null,
                null, null, LocalDate.of(2000, 1, 1), null, null, null, null, null, null, null, null, null, null, null, null,
                members.size()), List.of());
        Recording sink = new Recording();
        new SimpleGoldBuilder(GoldSpec.defaults(), firstName).build(new GoldInput(List.of(crm), clusters, List.of()), sink, TaskContext.silent());
        assertThat(sink.customers.values()).extracting(GoldCustomer::firstName).containsOnly("Same");
    }
}
