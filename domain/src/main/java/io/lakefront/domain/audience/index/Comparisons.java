package io.lakefront.domain.audience.index;

import io.lakefront.domain.audience.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares per-customer counts, totals and averages with a condition's number exactly as H2 does:
 * counts and totals exactly, an average as {@code AVG} of a {@code DECIMAL(19, 4)} column yields it
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

    /** A number {@code x} against which whole values ({@code long}) are compared without rounding. */
    static final class Threshold {
        private final long floor;
        private final boolean whole;
        private final boolean belowAll;

        Threshold(BigDecimal x) {
            BigDecimal floored = x.setScale(0, RoundingMode.FLOOR);
            if (floored.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                floor = Long.MAX_VALUE;
                whole = false;
                belowAll = false;
            } else if (floored.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
                floor = Long.MIN_VALUE;
                whole = false;
                belowAll = true;
            } else {
                floor = floored.longValueExact();
                whole = floored.compareTo(x) == 0;
                belowAll = false;
            }
        }

        /** The sign of {@code value - x}. */
        int compare(long value) {
            if (belowAll) {
                return 1;
            }
            if (value != floor) {
                return value < floor ? -1 : 1;
            }
            return whole ? 0 : -1;
        }
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
}
