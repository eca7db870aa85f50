package io.lakefront.domain.identity;

import java.util.List;

/**
 * A {@link Comparison} bound to one run's {@link Column}: finds the level of a pair of record ids
 * without allocating. Equal value ids settle "exact" at once; phonetic codes, dates and nickname
 * groups are looked up per value id; a string metric runs at most once per pair, and Jaro–Winkler
 * may stop early below the lowest threshold the comparison asks about.
 */
final class CompiledComparison {
    private static final int EXACT = 0;
    private static final int JARO_WINKLER = 1;
    private static final int LEVENSHTEIN = 2;
    private static final int PHONETIC = 3;
    private static final int DATE = 4;
    private static final int NUMERIC = 5;
    private static final int NICKNAME = 6;

    private final Comparison comparison;
    private final Column column;
    private final StringMetrics metrics;
    private final int[] ids;
    private final int stride;
    private final int offset;
    private final int[] kinds;
    private final double[] parameters;
    private final boolean[] swapAllowed;
    private final int[][][] nicknames;
    private final double lowestJaroWinkler;
    private int[] metaphones;
    private int[] packedDates;
    private int[] epochDays;
    private double[] numbers;

    CompiledComparison(Comparison comparison, PreparedRecords records, StringMetrics metrics) {
        this.comparison = comparison;
        this.column = records.column(comparison.field());
        this.metrics = metrics;
        int field = records.fieldIndex(comparison.field());
        this.ids = field < 0 ? column.ids() : records.rows();
        this.stride = field < 0 ? 1 : records.width();
        this.offset = Math.max(0, field);
        List<ComparisonLevel> levels = comparison.levels();
        kinds = new int[levels.size()];
        parameters = new double[levels.size()];
        swapAllowed = new boolean[levels.size()];
        nicknames = new int[levels.size()][][];
        double lowest = 2;
        for (int i = 0; i < levels.size(); i++) {
            ComparisonLevel level = levels.get(i);
            if (level instanceof ComparisonLevel.Exact) {
                kinds[i] = EXACT;
            } else if (level instanceof ComparisonLevel.JaroWinklerAtLeast jw) {
                kinds[i] = JARO_WINKLER;
                parameters[i] = jw.threshold();
                lowest = Math.min(lowest, jw.threshold());
            } else if (level instanceof ComparisonLevel.LevenshteinAtMost lev) {
                kinds[i] = LEVENSHTEIN;
                parameters[i] = lev.distance();
            } else if (level instanceof ComparisonLevel.PhoneticEqual) {
                kinds[i] = PHONETIC;
                metaphones = column.metaphones();
            } else if (level instanceof ComparisonLevel.DateWithin date) {
                kinds[i] = DATE;
                parameters[i] = date.days();
                swapAllowed[i] = date.orDayMonthSwapped();
                packedDates = column.packedDates();
                epochDays = column.epochDays();
            } else if (level instanceof ComparisonLevel.NumericWithin numeric) {
                kinds[i] = NUMERIC;
                parameters[i] = numeric.maxDifference();
                numbers = column.numbers();
            } else if (level instanceof ComparisonLevel.NicknameMatch nickname) {
                kinds[i] = NICKNAME;
                nicknames[i] = column.nicknameGroups(nickname.table());
            } else {
                throw new IllegalStateException("unknown comparison level " + level);
            }
        }
        lowestJaroWinkler = lowest;
    }

    Comparison comparison() {
        return comparison;
    }

    Column column() {
        return column;
    }

    /** The normalized value of a record, or {@code null}. */
    String value(int record) {
        return column.valueOf(record);
    }

    /** The value id of a record ({@link Column#MISSING} when it has none). */
    int valueId(int record) {
        return ids[record * stride + offset];
    }

    /** 0 when a value is missing, 1..n for the first listed level that holds, n+1 for "else". */
    int level(int a, int b) {
        int x = ids[a * stride + offset];
        int y = ids[b * stride + offset];
        if (x == Column.MISSING || y == Column.MISSING) {
            return 0;
        }
        return levelOfValues(x, y);
    }

    /** The level of two (present) value ids. */
    int levelOfValues(int x, int y) {
        boolean equal = x == y;
        String left = null;
        String right = null;
        double jaroWinkler = Double.NaN;
        for (int i = 0; i < kinds.length; i++) {
            boolean holds;
            switch (kinds[i]) {
                case EXACT -> holds = equal;
                case JARO_WINKLER -> {
                    if (equal) {
                        holds = true;
                    } else {
                        if (Double.isNaN(jaroWinkler)) {
                            left = left == null ? column.value(x) : left;
                            right = right == null ? column.value(y) : right;
                            jaroWinkler = metrics.jaroWinklerAtLeast(left, right, lowestJaroWinkler);
                        }
                        holds = jaroWinkler >= parameters[i];
                    }
                }
                case LEVENSHTEIN -> {
                    if (equal) {
                        holds = true;
                    } else {
                        left = left == null ? column.value(x) : left;
                        right = right == null ? column.value(y) : right;
                        int limit = (int) parameters[i];
                        holds = Math.abs(left.length() - right.length()) <= limit
                                && metrics.levenshteinAtMost(left, right, limit);
                    }
                }
                case PHONETIC -> holds = metaphones[x] != Column.MISSING && metaphones[x] == metaphones[y];
                case DATE -> holds = datesWithin(x, y, (int) parameters[i], swapAllowed[i]);
                case NUMERIC -> holds = !Double.isNaN(numbers[x]) && !Double.isNaN(numbers[y])
                        && Math.abs(numbers[x] - numbers[y]) <= parameters[i];
                case NICKNAME -> holds = NicknameTable.shareGroup(nicknames[i][x], nicknames[i][y]);
                default -> throw new IllegalStateException("unknown level kind " + kinds[i]);
            }
            if (holds) {
                return i + 1;
            }
        }
        return kinds.length + 1;
    }

    private boolean datesWithin(int x, int y, int days, boolean swapAllowed) {
        int a = packedDates[x];
        int b = packedDates[y];
        if (a == Dates.NONE || b == Dates.NONE) {
            return false;
        }
        if (swapAllowed && Dates.dayMonthSwapped(a, b)) {
            return true;
        }
        return Math.abs((long) epochDays[x] - epochDays[y]) <= days;
    }
}
