package org.crediteval.io.result.html.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimals as report text. Scores are printed exactly; percentages are rounded half-up for display only. */
public final class Numbers {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code 1.480} → {@code 1.48}, {@code 1E+2} → {@code 100}, null → empty. */
    public static String plain(BigDecimal value) {
        if (value == null) return "";
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** score / max as a share in 0…1 (34 digits), null when max is missing or zero. */
    public static BigDecimal share(BigDecimal score, BigDecimal max) {
        if (score == null || max == null || max.signum() == 0) return null;
        return score.divide(max, MathContext.DECIMAL128);
    }

    /** A share as a percentage with {@code decimals} places, without the sign: 0.755 → {@code 75.5}. */
    public static String percent(BigDecimal share, int decimals) {
        if (share == null) return "";
        return plain(share.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Rounded half-up to {@code decimals} places for a chart label. */
    public static String rounded(BigDecimal value, int decimals) {
        if (value == null) return "";
        return plain(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
