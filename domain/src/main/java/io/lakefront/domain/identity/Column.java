package io.lakefront.domain.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One field of a run's records as the engine reads it: every record holds the id of its normalized
 * value ({@link #MISSING} when it has none), and whatever is derived from a value — phonetic codes,
 * parsed dates, blocking keys, nickname groups — is computed once per distinct value, not once per
 * record or per pair. Comparing two records on a field then starts with comparing two ints.
 *
 * <p>Derived data is computed on first use, under a lock, before any parallel work reads it.
 */
final class Column {
    static final int MISSING = -1;
    private static final int BIGRAM_BITS = 52;
    private static final long BIGRAM_MASK = (1L << BIGRAM_BITS) - 1;
    private static final int MAX_SIGNED_LENGTH = (1 << (64 - BIGRAM_BITS)) - 1;

    private final String field;
    private final int[] ids;
    private final Dictionary values;
    private final StringMetrics metrics;
    private final Column base;

    private int[] counts;
    private int[] ranks;
    private long[] signatures;
    private Dictionary metaphoneCodes;
    private int[] metaphones;
    private int[] packedDates;
    private int[] epochDays;
    private double[] numbers;
    private final Map<NicknameTable, int[][]> nicknameGroups = new HashMap<>();
    private final Map<BlockingKey, KeyIds> keys = new HashMap<>();

    /** The ids of one blocking key's distinct key values, per value id ({@link #MISSING} when it yields none). */
    record KeyIds(int[] ofValue, Dictionary keys) {
    }

    private Column(String field, int[] ids, Dictionary values, StringMetrics metrics, Column base) {
        this.field = field;
        this.ids = ids;
        this.values = values;
        this.metrics = metrics;
        this.base = base;
    }

    /** A column of normalized values, one per record ({@code null} when missing). */
    static Column of(String field, String[] normalized, StringMetrics metrics) {
        Dictionary dictionary = new Dictionary(Math.min(normalized.length, 1 << 16));
        int[] ids = new int[normalized.length];
        for (int r = 0; r < normalized.length; r++) {
            ids[r] = normalized[r] == null ? MISSING : dictionary.intern(normalized[r]);
        }
        return new Column(field, ids, dictionary, metrics, null);
    }

    /**
     * This column with more records after its own, whose normalized values are {@code added}. The
     * base's dictionary and derived data are shared or copied, never recomputed.
     */
    Column extend(String[] added) {
        Dictionary dictionary = values.extension(added.length);
        int[] extended = Arrays.copyOf(ids, ids.length + added.length);
        for (int i = 0; i < added.length; i++) {
            extended[ids.length + i] = added[i] == null ? MISSING : dictionary.intern(added[i]);
        }
        return new Column(field, extended, dictionary, metrics, this);
    }

    String field() {
        return field;
    }

    int records() {
        return ids.length;
    }

    /** Value id per record; {@link #MISSING} when the record has no value. */
    int[] ids() {
        return ids;
    }

    int valueCount() {
        return values.size();
    }

    /** The normalized value of a record, or {@code null}. */
    String valueOf(int record) {
        int id = ids[record];
        return id == MISSING ? null : values.value(id);
    }

    String value(int valueId) {
        return values.value(valueId);
    }

    /** The id of a normalized value, or {@link #MISSING} when no record holds it. */
    int idOf(String normalized) {
        return normalized == null ? MISSING : values.idOf(normalized);
    }

    /** How many records hold each value. */
    synchronized int[] counts() {
        if (counts == null) {
            counts = new int[values.size()];
            for (int id : ids) {
                if (id != MISSING) {
                    counts[id]++;
                }
            }
        }
        return counts;
    }

    /** Records that hold a value. */
    int present() {
        int present = 0;
        for (int id : ids) {
            if (id != MISSING) {
                present++;
            }
        }
        return present;
    }

    /**
     * Per value id, its place in the sorted order of the values, scaled into {@code [0, limit)} when
     * there are more values than that.
     */
    synchronized int[] ranks(int limit) {
        if (ranks == null) {
            String[] sorted = new String[values.size()];
            for (int v = 0; v < sorted.length; v++) {
                sorted[v] = values.value(v);
            }
            Arrays.parallelSort(sorted);
            ranks = new int[sorted.length];
            double scale = sorted.length > limit ? (double) limit / sorted.length : 1;
            for (int i = 0; i < sorted.length; i++) {
                ranks[values.idOf(sorted[i])] = (int) (i * scale);
            }
        }
        return ranks;
    }

    /** Per value id, the id of its Double Metaphone code; {@link #MISSING} when it has none. */
    synchronized int[] metaphones() {
        if (metaphones == null) {
            Column from = base == null ? null : base.computed(c -> c.metaphones);
            metaphoneCodes = from == null ? new Dictionary() : from.metaphoneCodes.extension(16);
            int start = from == null ? 0 : from.metaphones.length;
            metaphones = from == null ? new int[values.size()] : Arrays.copyOf(from.metaphones, values.size());
            for (int v = start; v < metaphones.length; v++) {
                String code = metrics.doubleMetaphone(values.value(v));
                metaphones[v] = code == null || code.isEmpty() ? MISSING : metaphoneCodes.intern(code);
            }
        }
        return metaphones;
    }

    /** Per value id, the date as {@code yyyymmdd} ({@link Dates#NONE} when it is not an ISO date). */
    synchronized int[] packedDates() {
        if (packedDates == null) {
            Column from = base == null ? null : base.computed(c -> c.packedDates);
            int start = from == null ? 0 : from.packedDates.length;
            packedDates = from == null ? new int[values.size()] : Arrays.copyOf(from.packedDates, values.size());
            epochDays = from == null ? new int[values.size()] : Arrays.copyOf(from.epochDays, values.size());
            for (int v = start; v < packedDates.length; v++) {
                packedDates[v] = Dates.parse(values.value(v));
                epochDays[v] = packedDates[v] == Dates.NONE ? 0 : Dates.epochDay(packedDates[v]);
            }
        }
        return packedDates;
    }

    /** Per value id, days since 1970-01-01 (meaningful where {@link #packedDates} is not NONE). */
    synchronized int[] epochDays() {
        packedDates();
        return epochDays;
    }

    /** Per value id, the value as a number; NaN when it is none. */
    synchronized double[] numbers() {
        if (numbers == null) {
            Column from = base == null ? null : base.computed(c -> c.numbers);
            int start = from == null ? 0 : from.numbers.length;
            numbers = from == null ? new double[values.size()] : Arrays.copyOf(from.numbers, values.size());
            for (int v = start; v < numbers.length; v++) {
                numbers[v] = parseNumber(values.value(v));
            }
        }
        return numbers;
    }

    /**
     * Per value id, a signature of the value for cheap edit-distance bounds: its length (top 12
     * bits) and a 52-bit set of its hashed character bigrams. See {@link #editsAtLeast}.
     */
    synchronized long[] signatures() {
        if (signatures == null) {
            long[] from = base == null ? null : base.computedSignatures();
            int start = from == null ? 0 : from.length;
            signatures = from == null ? new long[values.size()] : Arrays.copyOf(from, values.size());
            for (int v = start; v < signatures.length; v++) {
                signatures[v] = signature(values.value(v));
            }
        }
        return signatures;
    }

    static long signature(String value) {
        long bigrams = 0;
        for (int i = 0; i + 1 < value.length(); i++) {
            int hash = (value.charAt(i) * 31 + value.charAt(i + 1)) * 0x9E3779B9;
            bigrams |= 1L << ((hash >>> 16) % BIGRAM_BITS);
        }
        return (long) Math.min(value.length(), MAX_SIGNED_LENGTH) << BIGRAM_BITS | bigrams;
    }

    /**
     * A lower bound on the Levenshtein distance of two values from their signatures: the difference
     * of their lengths, and half the number of bigram buckets one has and the other lacks (an edit
     * touches at most two bigrams, and every bigram one value lacks must have been touched).
     */
    static int editsAtLeast(long x, long y) {
        int lengths = (int) Math.abs((x >>> BIGRAM_BITS) - (y >>> BIGRAM_BITS));
        long bigramsX = x & BIGRAM_MASK;
        long bigramsY = y & BIGRAM_MASK;
        int missing = Math.max(Long.bitCount(bigramsX & ~bigramsY), Long.bitCount(bigramsY & ~bigramsX));
        return Math.max(lengths, (missing + 1) / 2);
    }

    /** Per value id, the nickname groups the value belongs to ({@code null} when none). */
    synchronized int[][] nicknameGroups(NicknameTable table) {
        int[][] groups = nicknameGroups.get(table);
        if (groups == null) {
            int[][] from = base == null ? null : base.computedGroups(table);
            int start = from == null ? 0 : from.length;
            groups = from == null ? new int[values.size()][] : Arrays.copyOf(from, values.size());
            for (int v = start; v < groups.length; v++) {
                groups[v] = table.groupsOf(values.value(v));
            }
            nicknameGroups.put(table, groups);
        }
        return groups;
    }

    /** The blocking key's value per value id, numbered. */
    synchronized KeyIds keyIds(BlockingKey key) {
        KeyIds known = keys.get(key);
        if (known == null) {
            KeyIds from = base == null ? null : base.computedKeys(key);
            int start = from == null ? 0 : from.ofValue().length;
            int[] ofValue = from == null ? new int[values.size()] : Arrays.copyOf(from.ofValue(), values.size());
            Dictionary dictionary = from == null ? new Dictionary() : from.keys().extension(16);
            for (int v = start; v < ofValue.length; v++) {
                String part = key.keyOf(values.value(v), metrics);
                ofValue[v] = part == null ? MISSING : dictionary.intern(part);
            }
            known = new KeyIds(ofValue, dictionary);
            keys.put(key, known);
        }
        return known;
    }

    private synchronized Column computed(java.util.function.Function<Column, Object> feature) {
        return feature.apply(this) == null ? null : this;
    }

    private synchronized long[] computedSignatures() {
        return signatures;
    }

    private synchronized int[][] computedGroups(NicknameTable table) {
        return nicknameGroups.get(table);
    }

    private synchronized KeyIds computedKeys(BlockingKey key) {
        return keys.get(key);
    }

    private static double parseNumber(String value) {
        try {
            return Double.parseDouble(value.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
