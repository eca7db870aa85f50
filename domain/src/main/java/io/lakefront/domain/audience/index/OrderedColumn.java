package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;

/**
 * A number, date or time field of every customer: the known values sorted, each beside its customer,
 * so a comparison, a range or a window is two binary searches and one run of customers. Values are
 * {@code long} keys: decimals at the money scale (4 places; integers too), doubles by their sortable
 * bits, dates as epoch days and times as epoch nanoseconds. A value is compared with a filter's value
 * as H2 compares them: decimals exactly, a double as its shortest decimal ({@link BigDecimal#valueOf(double)}).
 */
final class OrderedColumn {
    /** How a key stands for a value. */
    enum Kind { DECIMAL, DOUBLE, DAY, NANOS }

    static final int DECIMAL_SCALE = 4;

    private final Kind kind;
    private final long[] keys;
    private final int[] customers;
    private final BitSet nulls;

    /**
     * @param keys  each customer's key (ignored where {@code nulls} is set)
     * @param nulls the customers without a value
     */
    OrderedColumn(Kind kind, long[] keys, BitSet nulls) {
        this.kind = kind;
        this.nulls = nulls;
        int known = keys.length - nulls.cardinality();
        long[] present = new long[known];
        int[] who = new int[known];
        int k = 0;
        for (int c = 0; c < keys.length; c++) {
            if (!nulls.get(c)) {
                present[k] = keys[c];
                who[k++] = c;
            }
        }
        int[] order = IndirectSort.order(present);
        this.keys = IndirectSort.apply(present, order);
        this.customers = IndirectSort.apply(who, order);
    }

    Kind kind() {
        return kind;
    }

    BitSet nulls() {
        return nulls;
    }

    /** Adds the customers whose value {@code op value} holds; {@code value} is a BigDecimal, LocalDate or Instant. */
    void addCompare(Operator op, Object value, BitSet into) {
        int lo = firstNotBelow(value);
        int hi = firstAbove(value);
        switch (op) {
            case EQ -> addRun(lo, hi, into);
            case NE -> {
                addRun(0, lo, into);
                addRun(hi, keys.length, into);
            }
            case LT -> addRun(0, lo, into);
            case LE -> addRun(0, hi, into);
            case GT -> addRun(hi, keys.length, into);
            case GE -> addRun(lo, keys.length, into);
            default -> throw new IllegalArgumentException(op.name());
        }
    }

    /** Adds the customers with {@code low <= value <= high}. */
    void addBetween(Object low, Object high, BitSet into) {
        addRun(firstNotBelow(low), firstAbove(high), into);
    }

    /** Adds the customers whose key is in {@code [fromKey, toKey)}; for dates and times (windows). */
    void addKeyRange(long fromKey, long toKey, BitSet into) {
        addRun(firstKeyAtLeast(fromKey), firstKeyAtLeast(toKey), into);
    }

    /** Each of {@code population} customers' key; customers without a value get {@code absent}. */
    long[] keysByCustomer(int population, long absent) {
        return fill(new long[population], absent);
    }

    private long[] fill(long[] byCustomer, long absent) {
        java.util.Arrays.fill(byCustomer, absent);
        for (int i = 0; i < keys.length; i++) {
            byCustomer[customers[i]] = keys[i];
        }
        return byCustomer;
    }

    private void addRun(int from, int to, BitSet into) {
        for (int i = from; i < to; i++) {
            into.set(customers[i]);
        }
    }

    private int firstKeyAtLeast(long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstNotBelow(Object value) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(keys[mid], value) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstAbove(Object value) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(keys[mid], value) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compare(long key, Object value) {
        return switch (kind) {
            case DECIMAL -> BigDecimal.valueOf(key, DECIMAL_SCALE).compareTo((BigDecimal) value);
            case DOUBLE -> BigDecimal.valueOf(fromSortable(key)).compareTo((BigDecimal) value);
            case DAY -> Long.compare(key, ((LocalDate) value).toEpochDay());
            case NANOS -> Long.compare(key, nanos((Instant) value));
        };
    }

    long bytes() {
        return 8L * keys.length + 4L * customers.length + nulls.size() / 8;
    }

    /** Epoch nanoseconds, saturated at the ends of {@code long} (years 1677 and 2262). */
    static long nanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + instant.getNano();
    }

    /** A double's bits turned so that longs sort as the doubles do. */
    static long sortable(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static double fromSortable(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** A decimal at the money scale as its unscaled long. */
    static long decimalKey(BigDecimal value) {
        return value.setScale(DECIMAL_SCALE, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
