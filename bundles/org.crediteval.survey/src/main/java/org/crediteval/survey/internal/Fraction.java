package org.crediteval.survey.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact non-negative rational, for the few divisions of the score (means, weights, index). */
record Fraction(BigInteger num, BigInteger den) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (den.signum() == 0) throw new ArithmeticException("zero denominator");
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Fraction of(long num, long den) {
        return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Fraction of(BigDecimal d) {
        return d.scale() >= 0 ? new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new Fraction(d.toBigIntegerExact(), BigInteger.ONE);
    }

    Fraction plus(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    /** Rounded once, HALF_UP, to {@code places} decimals: the exact quotient decides, never an approximation. */
    BigDecimal round(int places) {
        return new BigDecimal(num).divide(new BigDecimal(den), places, RoundingMode.HALF_UP);
    }

    /** 34 significant digits, for display. */
    BigDecimal decimal() {
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128).stripTrailingZeros();
    }
}
