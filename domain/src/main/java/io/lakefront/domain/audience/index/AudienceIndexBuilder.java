package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.AudienceField;
import io.lakefront.domain.audience.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects a snapshot of the gold table, the metrics and the event tables row by row into primitive
 * arrays and builds a {@link ColumnarAudienceIndex} from them. Customers come first (an event of a
 * customer id not given yet is skipped, like an event without a gold row, which no filter can select);
 * each row is copied into columns at once, so no list of row objects is ever held.
 */
public final class AudienceIndexBuilder {
    /** The number fields stored as {@code DOUBLE PRECISION}; the others are exact decimals or integers. */
    static final List<AudienceField> DOUBLE_FIELDS = List.of(AudienceField.CHURN_RISK);

    private final Map<String, Integer> arrival = new HashMap<>();
    private final Buffers.Ints idOrder = new Buffers.Ints();
    private final java.util.ArrayList<String> ids = new java.util.ArrayList<>();
    private final Map<AudienceField, TextBuffer> texts = new EnumMap<>(AudienceField.class);
    private final Map<AudienceField, KeyBuffer> keys = new EnumMap<>(AudienceField.class);
    private final Map<AudienceField, KeyBuffer> bools = new EnumMap<>(AudienceField.class);
    private final EventBuffer purchases = new EventBuffer(true);
    private final EventBuffer tickets = new EventBuffer(false);
    private final EventBuffer engagement = new EventBuffer(false);
    private final Map<String, String> categoryNames = new HashMap<>();
    private long skippedEvents;
    private int trendSample = ColumnarAudienceIndex.TREND_SAMPLE;

    public AudienceIndexBuilder() {
        for (AudienceField field : AudienceField.values()) {
            if (field.type() == FieldType.TEXT) {
                texts.put(field, new TextBuffer());
            } else if (field.type() == FieldType.BOOLEAN) {
                bools.put(field, new KeyBuffer());
            } else {
                keys.put(field, new KeyBuffer());
            }
        }
    }

    /**
     * One customer: {@code values} gives each field's value ({@code null}: none; metric fields are
     * {@code null} for a customer without a metrics row) as a String, a Number, a LocalDate, an
     * Instant or a Boolean according to the field's type.
     */
    public void customer(Function<AudienceField, Object> values) {
        Object id = values.apply(AudienceField.CUSTOMER_ID);
        if (!(id instanceof String customerId) || customerId.isEmpty()) {
            throw new IllegalArgumentException("a customer without a customer_id (row " + (ids.size() + 1) + ")");
        }
        if (arrival.putIfAbsent(customerId, ids.size()) != null) {
            throw new IllegalArgumentException("customer_id '" + customerId + "' appears twice in the snapshot");
        }
        ids.add(customerId);
        for (AudienceField field : AudienceField.values()) {
            Object value = values.apply(field);
            try {
                add(field, value);
            } catch (ClassCastException | ArithmeticException wrong) {
                throw new IllegalArgumentException("customer '" + customerId + "': " + field.fieldName() + " value '"
                        + value + "' is not " + field.type().label(), wrong);
            }
        }
    }

    private void add(AudienceField field, Object value) {
        switch (field.type()) {
            case TEXT -> texts.get(field).add(value == null ? null : ((String) value).toLowerCase(Locale.ROOT));
            case BOOLEAN -> bools.get(field).add(value == null ? null : ((Boolean) value) ? 1L : 0L);
            case DATE -> keys.get(field).add(value == null ? null : ((LocalDate) value).toEpochDay());
            case INSTANT -> keys.get(field).add(value == null ? null : OrderedColumn.nanos((Instant) value));
            case NUMBER -> keys.get(field).add(value == null ? null : numberKey(field, (Number) value));
        }
    }

    private static long numberKey(AudienceField field, Number value) {
        if (DOUBLE_FIELDS.contains(field)) {
            return OrderedColumn.sortable(value.doubleValue());
        }
        BigDecimal decimal = value instanceof BigDecimal d ? d
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
                : BigDecimal.valueOf(value.longValue());
        return OrderedColumn.decimalKey(decimal);
    }

    /** One purchase line; {@code amount} at most 4 decimals. */
    public void purchase(String customerId, Instant purchasedAt, String category, String product, BigDecimal amount) {
        Integer customer = customerId == null ? null : arrival.get(customerId);
        if (customer == null) {
            skippedEvents++;
            return;
        }
        if (category != null) {
            categoryNames.putIfAbsent(category.toLowerCase(Locale.ROOT), category);
        }
        purchases.add(customer, purchasedAt, OrderedColumn.decimalKey(amount),
                category == null ? null : category.toLowerCase(Locale.ROOT),
                product == null ? null : product.toLowerCase(Locale.ROOT));
    }

    /** One support ticket, by the time it was opened. */
    public void ticket(String customerId, Instant openedAt, String status) {
        Integer customer = customerId == null ? null : arrival.get(customerId);
        if (customer == null) {
            skippedEvents++;
            return;
        }
        tickets.add(customer, openedAt, 0, status, null);
    }

    /** One engagement event. */
    public void engagement(String customerId, Instant occurredAt, String channel, String type) {
        Integer customer = customerId == null ? null : arrival.get(customerId);
        if (customer == null) {
            skippedEvents++;
            return;
        }
        engagement.add(customer, occurredAt, 0, channel, type);
    }

    /** How many customers the past months of a trend are measured on at most (tests use a small one). */
    AudienceIndexBuilder trendSample(int customers) {
        trendSample = customers;
        return this;
    }

    /** Events whose customer id was not among the customers (or was empty): no filter can select them. */
    public long skippedEvents() {
        return skippedEvents;
    }

    public int customers() {
        return ids.size();
    }

    /** The index over everything added; calendar dates of filters and insights are read in {@code zone}. */
    public ColumnarAudienceIndex build(ZoneId zone) {
        int n = ids.size();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        int[] rank = new int[n];
        String[] sortedIds = new String[n];
        for (int r = 0; r < n; r++) {
            rank[byId[r]] = r;
            sortedIds[r] = ids.get(byId[r]);
        }
        Map<AudienceField, TextColumn> textColumns = new EnumMap<>(AudienceField.class);
        texts.forEach((field, buffer) -> textColumns.put(field, buffer.build(rank)));
        Map<AudienceField, OrderedColumn> orderedColumns = new EnumMap<>(AudienceField.class);
        keys.forEach((field, buffer) -> orderedColumns.put(field, buffer.buildOrdered(kind(field), rank)));
        Map<AudienceField, BitSet[]> boolColumns = new EnumMap<>(AudienceField.class);
        bools.forEach((field, buffer) -> boolColumns.put(field, buffer.buildBool(rank)));
        EventTable purchaseTable = purchases.build(rank);
        purchases.clear();
        String[] categories = new String[purchaseTable.firstDistinct()];
        for (int code = 0; code < categories.length; code++) {
            categories[code] = categoryNames.get(purchaseTable.firstValue(code));
        }
        return new ColumnarAudienceIndex(zone, sortedIds, textColumns, orderedColumns, boolColumns, purchaseTable,
                tickets.build(rank), engagement.build(rank), categories, trendSample);
    }

    private static OrderedColumn.Kind kind(AudienceField field) {
        return switch (field.type()) {
            case DATE -> OrderedColumn.Kind.DAY;
            case INSTANT -> OrderedColumn.Kind.NANOS;
            default -> DOUBLE_FIELDS.contains(field) ? OrderedColumn.Kind.DOUBLE : OrderedColumn.Kind.DECIMAL;
        };
    }

    /** A text field's codes in arrival order and its dictionary. */
    private static final class TextBuffer {
        private final Map<String, Integer> codes = new HashMap<>();
        private final Buffers.Ints values = new Buffers.Ints();

        void add(String lower) {
            values.add(lower == null ? -1 : codes.computeIfAbsent(lower, k -> codes.size()));
        }

        TextColumn build(int[] rank) {
            String[] dictionary = new String[codes.size()];
            codes.forEach((value, code) -> dictionary[code] = value);
            int[] byCustomer = new int[rank.length];
            for (int i = 0; i < rank.length; i++) {
                byCustomer[rank[i]] = values.get(i);
            }
            return new TextColumn(dictionary, byCustomer);
        }
    }

    /** A field's keys in arrival order, with the rows that have none. */
    private static final class KeyBuffer {
        private final Buffers.Longs values = new Buffers.Longs();
        private final BitSet nulls = new BitSet();

        void add(Long key) {
            if (key == null) {
                nulls.set(values.size());
                values.add(0);
            } else {
                values.add(key);
            }
        }

        OrderedColumn buildOrdered(OrderedColumn.Kind kind, int[] rank) {
            long[] byCustomer = new long[rank.length];
            BitSet absent = new BitSet(rank.length);
            for (int i = 0; i < rank.length; i++) {
                byCustomer[rank[i]] = values.get(i);
                if (nulls.get(i)) {
                    absent.set(rank[i]);
                }
            }
            return new OrderedColumn(kind, byCustomer, absent);
        }

        /** {false customers, true customers}. */
        BitSet[] buildBool(int[] rank) {
            BitSet no = new BitSet(rank.length);
            BitSet yes = new BitSet(rank.length);
            for (int i = 0; i < rank.length; i++) {
                if (!nulls.get(i)) {
                    (values.get(i) == 1L ? yes : no).set(rank[i]);
                }
            }
            return new BitSet[] {no, yes};
        }
    }

    /** An event table's rows in arrival order. */
    private static final class EventBuffer {
        private final Buffers.Longs times = new Buffers.Longs();
        private final Buffers.Ints customers = new Buffers.Ints();
        private final Buffers.Longs amounts;
        private final Buffers.Ints first = new Buffers.Ints();
        private final Buffers.Ints second = new Buffers.Ints();
        private final Map<String, Integer> firstCodes = new HashMap<>();
        private final Map<String, Integer> secondCodes = new HashMap<>();

        EventBuffer(boolean withAmounts) {
            amounts = withAmounts ? new Buffers.Longs() : null;
        }

        void add(int customer, Instant at, long amount, String a, String b) {
            if (at == null) {
                throw new IllegalArgumentException("an event without a time (customer row " + (customer + 1) + ")");
            }
            times.add(OrderedColumn.nanos(at));
            customers.add(customer);
            if (amounts != null) {
                amounts.add(amount);
            }
            first.add(a == null ? -1 : firstCodes.computeIfAbsent(a, k -> firstCodes.size()));
            second.add(b == null ? -1 : secondCodes.computeIfAbsent(b, k -> secondCodes.size()));
        }

        EventTable build(int[] rank) {
            int[] mapped = customers.toArray();
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = rank[mapped[i]];
            }
            return new EventTable(rank.length, times.toArray(), mapped, amounts == null ? null : amounts.toArray(), first.toArray(),
                    dictionary(firstCodes), second.toArray(), dictionary(secondCodes));
        }

        /** Lets the buffers go once the table is built (10M purchase lines hold hundreds of MB). */
        void clear() {
            times.clear();
            customers.clear();
            if (amounts != null) {
                amounts.clear();
            }
            first.clear();
            second.clear();
        }

        private static String[] dictionary(Map<String, Integer> codes) {
            String[] values = new String[codes.size()];
            codes.forEach((value, code) -> values[code] = value);
            return values;
        }
    }
}
