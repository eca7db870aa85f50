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
    private final int[][] nicknameSets;
    private final int[][][] nicknameGroups;
    private final double lowestJaroWinkler;
    private int[] metaphones;
    private int[] packedDates;
    private int[] epochDays;
    private double[] numbers;
    private long[] signatures;
    private CompiledComparison[] covering = new CompiledComparison[0];
    private int[] coveringPositions = new int[0];
    private int[] coveringLevels = new int[0];

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
        nicknameSets = new int[levels.size()][];
        nicknameGroups = new int[levels.size()][][];
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
                signatures = column.signatures();
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
                int[][] groups = column.nicknameGroups(nickname.table());
                nicknameSets[i] = new int[groups.length];
                java.util.Map<java.util.List<Integer>, Integer> setIds = new java.util.HashMap<>();
                java.util.List<int[]> distinct = new java.util.ArrayList<>();
                for (int v = 0; v < groups.length; v++) {
                    if (groups[v] == null) {
                        nicknameSets[i][v] = Column.MISSING;
                        continue;
                    }
                    int[] set = groups[v];
                    nicknameSets[i][v] = setIds.computeIfAbsent(java.util.Arrays.stream(set).boxed().toList(), k -> {
                        distinct.add(set);
                        return distinct.size() - 1;
                    });
                }
                nicknameGroups[i] = distinct.toArray(int[][]::new);
            } else {
                throw new IllegalStateException("unknown comparison level " + level);
            }
        }
        lowestJaroWinkler = lowest;
    }

    /**
     * Compiles every comparison of a specification and links each to the comparisons that cover it
     * ({@link CoveredBy}), which the specification lists before it.
     */
    static CompiledComparison[] compileAll(java.util.List<Comparison> comparisons, PreparedRecords records,
                                           StringMetrics metrics) {
        CompiledComparison[] compiled = new CompiledComparison[comparisons.size()];
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int c = 0; c < compiled.length; c++) {
            compiled[c] = new CompiledComparison(comparisons.get(c), records, metrics);
            java.util.List<CoveredBy> covers = comparisons.get(c).coveredBy();
            compiled[c].covering = new CompiledComparison[covers.size()];
            compiled[c].coveringPositions = new int[covers.size()];
            compiled[c].coveringLevels = new int[covers.size()];
            for (int i = 0; i < covers.size(); i++) {
                Integer other = byName.get(covers.get(i).comparison());
                if (other == null) {
                    throw new IllegalArgumentException("comparison '" + comparisons.get(c).name()
                            + "' is covered by '" + covers.get(i).comparison() + "', not listed before it");
                }
                compiled[c].covering[i] = compiled[other];
                compiled[c].coveringPositions[i] = other;
                compiled[c].coveringLevels[i] = covers.get(i).levels();
            }
            byName.put(comparisons.get(c).name(), c);
        }
        return compiled;
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

    /**
     * 0 when a value is missing or the pair is covered by another comparison that agrees, 1..n for
     * the first listed level that holds, n+1 for "else".
     */
    int level(int a, int b) {
        int x = ids[a * stride + offset];
        int y = ids[b * stride + offset];
        if (x == Column.MISSING || y == Column.MISSING || coveringIndex(a, b) >= 0) {
            return 0;
        }
        return levelOfValues(x, y);
    }

    /**
     * The levels of a pair on every comparison of {@code all} (as {@link #compileAll} made them),
     * each comparison's own level computed once: where {@link #level} asks a covering comparison
     * again for every comparison it covers, this is what the scorer and the trainer use per pair.
     */
    static void levels(CompiledComparison[] all, int a, int b, int[] out) {
        for (int c = 0; c < all.length; c++) {
            out[c] = all[c].ownLevel(a, b);
        }
        // Covering comparisons come first, so going backwards still sees their own levels.
        for (int c = all.length - 1; c >= 0; c--) {
            CompiledComparison compiled = all[c];
            for (int i = 0; i < compiled.coveringPositions.length && out[c] > 0; i++) {
                int level = out[compiled.coveringPositions[i]];
                if (level >= 1 && level <= compiled.coveringLevels[i]) {
                    out[c] = 0;
                }
            }
        }
    }

    /** The level of the pair on this comparison alone, whatever covers it. */
    int ownLevel(int a, int b) {
        int x = ids[a * stride + offset];
        int y = ids[b * stride + offset];
        if (x == Column.MISSING || y == Column.MISSING) {
            return 0;
        }
        return levelOfValues(x, y);
    }

    /** The label of {@code level} for this pair: "covered by street" where that is why it weighs nothing. */
    String levelLabel(int a, int b, int level) {
        if (level == 0) {
            int cover = coveringIndex(a, b);
            if (cover >= 0) {
                return comparison.coveredBy().get(cover).label();
            }
        }
        return comparison.levelLabel(level);
    }

    private int coveringIndex(int a, int b) {
        for (int i = 0; i < covering.length; i++) {
            int level = covering[i].ownLevel(a, b);
            if (level >= 1 && level <= coveringLevels[i]) {
                return i;
            }
        }
        return -1;
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
                    int limit = (int) parameters[i];
                    if (equal) {
                        holds = true;
                    } else if (Column.editsAtLeast(signatures[x], signatures[y]) > limit) {
                        holds = false;
                    } else {
                        left = left == null ? column.value(x) : left;
                        right = right == null ? column.value(y) : right;
                        holds = metrics.levenshteinAtMost(left, right, limit);
                    }
                }
                case PHONETIC -> holds = metaphones[x] != Column.MISSING && metaphones[x] == metaphones[y];
                case DATE -> holds = datesWithin(x, y, (int) parameters[i], swapAllowed[i]);
                case NUMERIC -> holds = !Double.isNaN(numbers[x]) && !Double.isNaN(numbers[y])
                        && Math.abs(numbers[x] - numbers[y]) <= parameters[i];
                case NICKNAME -> holds = sameNickname(i, x, y);
                default -> throw new IllegalStateException("unknown level kind " + kinds[i]);
            }
            if (holds) {
                return i + 1;
            }
        }
        return kinds.length + 1;
    }

    /** Both names are in nickname groups (few are) and share one. */
    private boolean sameNickname(int level, int x, int y) {
        int setX = nicknameSets[level][x];
        int setY = nicknameSets[level][y];
        if (setX == Column.MISSING || setY == Column.MISSING) {
            return false;
        }
        return setX == setY || NicknameTable.shareGroup(nicknameGroups[level][setX], nicknameGroups[level][setY]);
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
