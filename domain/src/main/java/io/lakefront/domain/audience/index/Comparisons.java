package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares per-customer counts, totals and averages with a condition's number exactly as H2 does:
 * counts and totals exactly (as a range of whole values), an average as {@code AVG} of a {@code DECIMAL(19, 4)} column yields it
 * (the quotient at scale 14, rounded half down), without a {@link BigDecimal} per customer where the
 * number allows.
 */
final class Comparisons {
    /** The scale H2 gives {@code AVG} of a scale-4 decimal (4 + 10). */
    static final int AVERAGE_SCALE = OrderedColumn.DECIMAL_SCALE + 10;

    private Comparisons() {
    }

    static boolean holds(Operator op, int comparison) {
        return switch (op) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }

    /** Compares averages {@code sum / count} (sum at the money scale) with {@code x} as H2's {@code AVG} would. */
    static final class Average {
        private final BigDecimal x;
        private final long scaledX;
        private final boolean fast;

        Average(BigDecimal x) {
            this.x = x;
            BigDecimal scaled = x.movePointRight(OrderedColumn.DECIMAL_SCALE);
            boolean whole = scaled.stripTrailingZeros().scale() <= 0;
            boolean fits = scaled.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) < 0;
            this.fast = whole && fits;
            this.scaledX = fast ? scaled.longValueExact() : 0;
        }

        /** The sign of {@code AVG - x}; {@code count} is at least 1. */
        int compare(long sum, int count) {
            if (fast) {
                // x has at most 4 decimals, so it lies on the scale-14 grid and rounding the quotient
                // (by at most 0.5e-14) cannot carry it across x unless it equals x.
                try {
                    return Long.signum(Math.subtractExact(sum, Math.multiplyExact(scaledX, (long) count)));
                } catch (ArithmeticException overflow) {
                    // falls through to the exact path
                }
            }
            BigDecimal average = BigDecimal.valueOf(sum, OrderedColumn.DECIMAL_SCALE)
                    .divide(BigDecimal.valueOf(count), AVERAGE_SCALE, RoundingMode.HALF_DOWN);
            return average.compareTo(x);
        }
    }

    /**
     * The whole values {@code v} for which {@code v op x} holds: those in {@code [low, high]} when
     * {@code inside}, else those outside it (only {@code !=} needs that).
     */
    record Interval(long low, long high, boolean inside) {
        static Interval of(Operator op, BigDecimal x) {
            long floor = saturated(x.setScale(0, RoundingMode.FLOOR));
            long ceiling = saturated(x.setScale(0, RoundingMode.CEILING));
            boolean whole = floor == ceiling && x.compareTo(BigDecimal.valueOf(floor)) == 0;
            return switch (op) {
                case EQ -> whole ? new Interval(floor, floor, true) : new Interval(1, 0, true);
                case NE -> whole ? new Interval(floor, floor, false) : new Interval(1, 0, false);
                case LT -> whole && floor == Long.MIN_VALUE ? new Interval(1, 0, true)
                        : new Interval(Long.MIN_VALUE, whole ? floor - 1 : floor, true);
                case LE -> new Interval(Long.MIN_VALUE, floor, true);
                case GT -> whole && floor == Long.MAX_VALUE ? new Interval(1, 0, true)
                        : new Interval(whole ? floor + 1 : ceiling, Long.MAX_VALUE, true);
                case GE -> new Interval(ceiling, Long.MAX_VALUE, true);
            };
        }

        private static long saturated(BigDecimal whole) {
            if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
                return Long.MAX_VALUE;
            }
            if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
                return Long.MIN_VALUE;
            }
            return whole.longValueExact();
        }
    }
}
