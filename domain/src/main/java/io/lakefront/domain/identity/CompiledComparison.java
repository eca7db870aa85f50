package io.lakefront.domain.identity;

import java.util.List;

/**
 * A {@link Comparison} bound to the columns of one run: finds the level of a pair of record ids
 * without allocating, computing each similarity at most once per pair.
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
    private final StringMetrics metrics;
    private final String[] values;
    private final int[] kinds;
    private final double[] parameters;
    private final boolean[] swapAllowed;
    private final NicknameTable[] nicknames;
    private String[] metaphones;
    private int[] dates;
    private double[] numbers;

    CompiledComparison(Comparison comparison, PreparedRecords records, StringMetrics metrics) {
        this.comparison = comparison;
        this.metrics = metrics;
        this.values = records.column(comparison.field());
        List<ComparisonLevel> levels = comparison.levels();
        kinds = new int[levels.size()];
        parameters = new double[levels.size()];
        swapAllowed = new boolean[levels.size()];
        nicknames = new NicknameTable[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            ComparisonLevel level = levels.get(i);
            if (level instanceof ComparisonLevel.Exact) {
                kinds[i] = EXACT;
            } else if (level instanceof ComparisonLevel.JaroWinklerAtLeast jw) {
                kinds[i] = JARO_WINKLER;
                parameters[i] = jw.threshold();
            } else if (level instanceof ComparisonLevel.LevenshteinAtMost lev) {
                kinds[i] = LEVENSHTEIN;
                parameters[i] = lev.distance();
            } else if (level instanceof ComparisonLevel.PhoneticEqual) {
                kinds[i] = PHONETIC;
                metaphones = records.metaphones(comparison.field());
            } else if (level instanceof ComparisonLevel.DateWithin date) {
                kinds[i] = DATE;
                parameters[i] = date.days();
                swapAllowed[i] = date.orDayMonthSwapped();
                dates = records.dates(comparison.field());
            } else if (level instanceof ComparisonLevel.NumericWithin numeric) {
                kinds[i] = NUMERIC;
                parameters[i] = numeric.maxDifference();
                numbers = records.numbers(comparison.field());
            } else if (level instanceof ComparisonLevel.NicknameMatch nickname) {
                kinds[i] = NICKNAME;
                nicknames[i] = nickname.table();
            } else {
                throw new IllegalStateException("unknown comparison level " + level);
            }
        }
    }

    Comparison comparison() {
        return comparison;
    }

    String value(int record) {
        return values[record];
    }

    /** 0 when a value is missing, 1..n for the first listed level that holds, n+1 for "else". */
    int level(int a, int b) {
        String left = values[a];
        String right = values[b];
        if (left == null || right == null) {
            return 0;
        }
        double jaroWinkler = Double.NaN;
        for (int i = 0; i < kinds.length; i++) {
            boolean holds;
            switch (kinds[i]) {
                case EXACT -> holds = left.equals(right);
                case JARO_WINKLER -> {
                    if (Double.isNaN(jaroWinkler)) {
                        jaroWinkler = metrics.jaroWinkler(left, right);
                    }
                    holds = jaroWinkler >= parameters[i];
                }
                case LEVENSHTEIN -> {
                    int limit = (int) parameters[i];
                    holds = Math.abs(left.length() - right.length()) <= limit
                            && metrics.levenshteinAtMost(left, right, limit);
                }
                case PHONETIC -> holds = !metaphones[a].isEmpty() && metaphones[a].equals(metaphones[b]);
                case DATE -> holds = datesWithin(dates[a], dates[b], (int) parameters[i], swapAllowed[i]);
                case NUMERIC -> holds = !Double.isNaN(numbers[a]) && !Double.isNaN(numbers[b])
                        && Math.abs(numbers[a] - numbers[b]) <= parameters[i];
                case NICKNAME -> holds = nicknames[i].sameName(left, right);
                default -> throw new IllegalStateException("unknown level kind " + kinds[i]);
            }
            if (holds) {
                return i + 1;
            }
        }
        return kinds.length + 1;
    }

    private static boolean datesWithin(int a, int b, int days, boolean swapAllowed) {
        if (a == Dates.NONE || b == Dates.NONE) {
            return false;
        }
        if (swapAllowed && Dates.dayMonthSwapped(a, b)) {
            return true;
        }
        return Math.abs(a / 10_000 - b / 10_000) <= days / 365 + 1 && Dates.daysBetween(a, b) <= days;
    }
}
