package io.lakefront.domain.audience.index;

import java.util.Arrays;

/**
 * One event table (purchases, support tickets or engagement events) as parallel arrays of its rows
 * sorted by time: a time window is a run of rows found by binary search, so a windowed condition
 * reads only the rows inside its window. Each row keeps its customer (dense int), its amount
 * (purchases, at the money scale) and two dictionary-encoded attributes: category and product
 * (lowercased, since purchase conditions ignore case), status, or channel and type (exact).
 */
final class EventTable {
    /** A row's attribute has no value. */
    static final int NONE = -1;

    private final long[] times;
    private final int[] customers;
    private final long[] amounts;
    private final int[] first;
    private final int[] second;
    private final String[] firstValues;
    private final String[] secondValues;

    EventTable(long[] times, int[] customers, long[] amounts, int[] first, String[] firstValues, int[] second,
               String[] secondValues) {
        int[] order = IndirectSort.order(times);
        this.times = IndirectSort.apply(times, order);
        this.customers = IndirectSort.apply(customers, order);
        this.amounts = amounts == null ? null : IndirectSort.apply(amounts, order);
        int[] firstRank = sortedRanks(firstValues);
        int[] secondRank = sortedRanks(secondValues);
        this.first = recode(IndirectSort.apply(first, order), firstRank);
        this.second = recode(IndirectSort.apply(second, order), secondRank);
        this.firstValues = sorted(firstValues);
        this.secondValues = sorted(secondValues);
    }

    int rows() {
        return times.length;
    }

    /** The first row at or after {@code nanos} (epoch nanoseconds); {@link #rows()} when none. */
    int firstAtOrAfter(long nanos) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < nanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The code of a first-attribute value, {@link #NONE} when no row has it. */
    int firstCode(String value) {
        int i = Arrays.binarySearch(firstValues, value);
        return i < 0 ? NONE : i;
    }

    int secondCode(String value) {
        int i = Arrays.binarySearch(secondValues, value);
        return i < 0 ? NONE : i;
    }

    String firstValue(int code) {
        return firstValues[code];
    }

    int firstDistinct() {
        return firstValues.length;
    }

    int customer(int row) {
        return customers[row];
    }

    int first(int row) {
        return first[row];
    }

    long time(int row) {
        return times[row];
    }

    /**
     * Adds ({@code sign} 1) or takes away ({@code sign} -1) rows {@code [from, to)} that {@code rows}
     * selects to each customer's count and (when {@code sums} is given) total amount.
     */
    void accumulate(RowSelection rows, int from, int to, int[] counts, long[] sums, int sign) {
        if (rows.impossible()) {
            return;
        }
        int a = rows.first();
        int b = rows.second();
        for (int r = from; r < to; r++) {
            if ((a == RowSelection.ANY || first[r] == a) && (b == RowSelection.ANY || second[r] == b)) {
                int c = customers[r];
                counts[c] += sign;
                if (sums != null) {
                    sums[c] += sign * amounts[r];
                }
            }
        }
    }

    long bytes() {
        long perRow = 8 + 4 + 4 + 4 + (amounts == null ? 0 : 8);
        return perRow * times.length;
    }

    /** Which rows an event condition counts: a code per attribute, {@link #ANY} for all. */
    record RowSelection(int first, int second, boolean impossible) {
        static final int ANY = -2;
    }

    private static int[] sortedRanks(String[] values) {
        String[] sorted = sorted(values);
        int[] rank = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            rank[i] = Arrays.binarySearch(sorted, values[i]);
        }
        return rank;
    }

    private static String[] sorted(String[] values) {
        String[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static int[] recode(int[] codes, int[] rank) {
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codes[i] < 0 ? NONE : rank[codes[i]];
        }
        return codes;
    }
}
