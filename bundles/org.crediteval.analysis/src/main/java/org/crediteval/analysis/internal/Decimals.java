package org.crediteval.analysis.internal;

import java.math.BigDecimal;

/** Exact decimals as text: plain notation, no trailing zeros ({@code 1.480} → {@code 1.48}, {@code 1E+1} → {@code 10}). */
final class Decimals {
    private Decimals() {
    }

    static String plain(BigDecimal value) {
        if (value == null) return "";
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The smaller of two bounds where null means "no bound". */
    static BigDecimal min(BigDecimal a, BigDecimal b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.min(b);
    }

    static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
