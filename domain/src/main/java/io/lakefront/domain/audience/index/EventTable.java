package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.Operator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * One event table (purchases, support tickets or engagement events) as parallel arrays of its rows
 * grouped by customer (offsets per customer) and sorted by time within each customer. A condition is
 * one sequential pass over all customers: each customer's rows inside a window are found by binary
 * search, counted and totalled, and compared at once, without a per-customer array of counts. The
 * same pass answers several windows (the month ends of a trend) from running totals. Each row keeps
 * its amount (purchases, at the money scale) and two dictionary-encoded attributes: category and
 * product (lowercased, since purchase conditions ignore case), status, or channel and type (exact).
 */
final class EventTable {
    /** A row's attribute has no value. */
    static final int NONE = -1;

    private final int[] offsets;
    private final long[] times;
    private final long[] amounts;
    private final int[] first;
    private final int[] second;
    private final String[] firstValues;
    private final String[] secondValues;
    private final int widest;

    EventTable(int population, long[] times, int[] customers, long[] amounts, int[] first, String[] firstValues,
               int[] second, String[] secondValues) {
        // By time, then (stable) by customer: customer-major, time-minor.
        int[] byTime = IndirectSort.order(times);
        offsets = new int[population + 1];
        for (int customer : customers) {
            offsets[customer + 1]++;
        }
        int widestRun = 0;
        for (int c = 0; c < population; c++) {
            widestRun = Math.max(widestRun, offsets[c + 1]);
            offsets[c + 1] += offsets[c];
        }
        widest = widestRun;
        int[] order = new int[times.length];
        int[] next = Arrays.copyOf(offsets, population);
        for (int row : byTime) {
            order[next[customers[row]]++] = row;
        }
        this.times = IndirectSort.apply(times, order);
        this.amounts = amounts == null ? null : IndirectSort.apply(amounts, order);
        this.first = recode(IndirectSort.apply(first, order), sortedRanks(firstValues));
        this.second = recode(IndirectSort.apply(second, order), sortedRanks(secondValues));
        this.firstValues = sorted(firstValues);
        this.secondValues = sorted(secondValues);
    }

    int rows() {
        return times.length;
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

    /** Customer {@code c}'s rows are {@code [start(c), start(c + 1))}. */
    int start(int c) {
        return offsets[c];
    }

    int first(int row) {
        return first[row];
    }

    /**
     * What is compared per customer: the count or the total of the selected rows in a window within
     * {@code [low, high]} (or outside it, for {@code !=}), or their average by {@code average}. One final
     * class rather than lambdas, so the call in the inner loop stays inlined.
     */
    static final class Condition {
        private final boolean total;
        private final long low;
        private final long high;
        private final boolean inside;
        private final Comparisons.Average average;
        private final Operator op;

        private Condition(boolean total, long low, long high, boolean inside, Comparisons.Average average,
                          Operator op) {
            this.total = total;
            this.low = low;
            this.high = high;
            this.inside = inside;
            this.average = average;
            this.op = op;
        }

        static Condition count(Comparisons.Interval interval) {
            return new Condition(false, interval.low(), interval.high(), interval.inside(), null, null);
        }

        static Condition total(Comparisons.Interval interval) {
            return new Condition(true, interval.low(), interval.high(), interval.inside(), null, null);
        }

        static Condition average(Operator op, Comparisons.Average average) {
            return new Condition(false, 0, 0, true, average, op);
        }

        /** True when the total amount is compared (sums and averages), so rows' amounts must be read. */
        boolean needsTotal() {
            return total || average != null;
        }

        boolean test(int count, long sum) {
            if (average != null) {
                return count > 0 && Comparisons.holds(op, average.compare(sum, count));
            }
            long value = total ? sum : count;
            return (value >= low && value <= high) == inside;
        }
    }

    /**
     * For each window {@code [starts[k], ends[k])} (epoch nanoseconds), the customers whose selected
     * rows in it pass {@code condition} (customers without rows are tested with 0 and 0).
     */
    BitSet[] select(RowSelection rows, long[] starts, long[] ends, Condition condition) {
        return select(rows, starts, ends, condition, 1);
    }

    /** As {@link #select(RowSelection, long[], long[], Condition)} for every {@code step}-th customer only (0, step, 2 step, ...). */
    BitSet[] select(RowSelection rows, long[] starts, long[] ends, Condition condition, int step) {
        int windows = starts.length;
        int population = offsets.length - 1;
        int stride = (population + 63) >>> 6;
        long[] words = new long[windows * stride];
        Pass pass = new Pass(rows, starts, ends, condition, words, stride, step);
        // Chunks of whole words, so that the threads never write the same word.
        int chunks = (population + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel()
                .forEach(chunk -> pass.run(chunk * CHUNK, Math.min(population, (chunk + 1) * CHUNK)));
        BitSet[] selected = new BitSet[windows];
        for (int k = 0; k < windows; k++) {
            selected[k] = BitSet.valueOf(Arrays.copyOfRange(words, k * stride, (k + 1) * stride));
        }
        return selected;
    }

    /** Customers per chunk of a pass (a multiple of 64). */
    private static final int CHUNK = 1 << 16;

    /** One condition over a range of customers, writing their bits of each window. */
    private final class Pass {
        private final RowSelection rows;
        private final long[] starts;
        private final long[] ends;
        private final Condition condition;
        private final long[] words;
        private final int stride;
        private final boolean any;
        private final boolean needSums;
        private final boolean plain;
        private final boolean empty;
        private final boolean monotone;
        private final long earliest;
        private final long latest;
        private final int step;

        Pass(RowSelection rows, long[] starts, long[] ends, Condition condition, long[] words, int stride, int step) {
            this.step = step;
            this.rows = rows;
            this.starts = starts;
            this.ends = ends;
            this.condition = condition;
            this.words = words;
            this.stride = stride;
            any = rows.first() == RowSelection.ANY && rows.second() == RowSelection.ANY;
            needSums = condition.needsTotal();
            plain = any && !needSums;
            empty = condition.test(0, 0);
            boolean forward = true;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int k = 0; k < starts.length; k++) {
                forward &= k == 0 || starts[k - 1] <= starts[k] && ends[k - 1] <= ends[k];
                first = Math.min(first, starts[k]);
                last = Math.max(last, ends[k]);
            }
            monotone = forward;
            earliest = first;
            latest = last;
        }

        void run(int fromCustomer, int toCustomer) {
            int windows = starts.length;
            int[] counts = new int[widest + 1];
            long[] sums = new long[widest + 1];
            int a = rows.first();
            int b = rows.second();
            int firstSampled = (fromCustomer + step - 1) / step * step;
            for (int c = firstSampled; c < toCustomer; c += step) {
                // Only the customer's rows that some window covers matter.
                int lo = rows.impossible() ? offsets[c] : firstAtOrAfter(offsets[c], offsets[c + 1], earliest);
                int hi = rows.impossible() ? lo : firstAtOrAfter(lo, offsets[c + 1], latest);
                long bit = 1L << c;
                if (lo == hi) {
                    if (empty) {
                        for (int k = 0, w = c >>> 6; k < windows; k++, w += stride) {
                            words[w] |= bit;
                        }
                    }
                    continue;
                }
                if (!plain) {
                    // Running count and total of the selected rows before each row.
                    int count = 0;
                    long sum = 0;
                    for (int r = lo; r < hi; r++) {
                        counts[r - lo] = count;
                        sums[r - lo] = sum;
                        if (any || (a == RowSelection.ANY || first[r] == a) && (b == RowSelection.ANY || second[r] == b)) {
                            count++;
                            if (needSums) {
                                sum += amounts[r];
                            }
                        }
                    }
                    counts[hi - lo] = count;
                    sums[hi - lo] = sum;
                }
                int from = lo;
                int to = lo;
                int lastCount = -1;
                long lastSum = 0;
                boolean passes = false;
                for (int k = 0, w = c >>> 6; k < windows; k++, w += stride) {
                    if (monotone) {
                        // Windows that only move forward: both ends advance through the rows once.
                        while (from < hi && times[from] < starts[k]) {
                            from++;
                        }
                        while (to < hi && times[to] < ends[k]) {
                            to++;
                        }
                    } else {
                        from = firstAtOrAfter(lo, hi, starts[k]);
                        to = firstAtOrAfter(lo, hi, ends[k]);
                    }
                    int end = Math.max(from, to);
                    int count = plain ? end - from : counts[end - lo] - counts[from - lo];
                    long sum = plain ? 0 : sums[end - lo] - sums[from - lo];
                    if (count != lastCount || sum != lastSum) {
                        passes = condition.test(count, sum);
                        lastCount = count;
                        lastSum = sum;
                    }
                    if (passes) {
                        words[w] |= bit;
                    }
                }
            }
        }
    }

    private int firstAtOrAfter(int lo, int hi, long nanos) {
        if (nanos == Long.MIN_VALUE) {
            return lo;
        }
        if (nanos == Long.MAX_VALUE) {
            return hi;
        }
        // Windows that start before or end after all of the customer's rows: no search.
        if (lo == hi || times[lo] >= nanos) {
            return lo;
        }
        if (times[hi - 1] < nanos) {
            return hi;
        }
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

    long bytes() {
        long perRow = 8 + 4 + 4 + (amounts == null ? 0 : 8);
        return perRow * times.length + 4L * offsets.length;
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
