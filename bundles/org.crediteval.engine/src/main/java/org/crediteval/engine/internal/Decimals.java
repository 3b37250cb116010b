package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The few decimal operations the rules share. Exact everywhere except {@link #roundDivision}. */
final class Decimals {
    /** 34 significant digits, then 4 places HALF_UP: the spec's rounding for ratio items. */
    static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_UP);
    static final int ROUNDED_SCALE = 4;

    private Decimals() {
    }

    /** The smaller value; on a tie the first, so a sum that equals its cap keeps its own scale. */
    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return b.compareTo(a) < 0 ? b : a;
    }

    /**
     * {@code sum.add(x)}, without a new object when one side is a zero that cannot change the other's scale: the
     * sum of {@code add} has the larger scale of the two, so 1.5 + 0 is 1.5 itself and 0 + 1.5 is 1.5 itself.
     */
    static BigDecimal plus(BigDecimal sum, BigDecimal x) {
        if (x.signum() == 0 && x.scale() <= sum.scale()) return sum;
        if (sum.signum() == 0 && sum.scale() <= x.scale()) return x;
        return sum.add(x);
    }

    /** Negative and zero results become a plain 0 (not 0.0 from 2 − 20 × 0.1). */
    static BigDecimal notBelowZero(BigDecimal v) {
        return v.signum() <= 0 ? BigDecimal.ZERO : v;
    }

    static boolean isZero(BigDecimal v) {
        return v.signum() == 0;
    }

    static boolean isOne(BigDecimal v) {
        return v.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * Rounds a non-terminating quotient to 4 places HALF_UP and drops the zeros the rounding padded on
     * (60.0000 becomes 60, 46.6667 stays); never goes to a negative scale, so 100 stays 100 rather than 1E+2.
     */
    static BigDecimal roundDivision(BigDecimal v) {
        BigDecimal rounded = v.setScale(ROUNDED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Plain text for explanations: never scientific notation. */
    static String text(BigDecimal v) {
        return v.toPlainString();
    }
}
