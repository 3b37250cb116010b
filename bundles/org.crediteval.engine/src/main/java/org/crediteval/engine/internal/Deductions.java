package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.label;
import static org.crediteval.engine.internal.Text.num;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.model.scheme.Deduction;

/**
 * Points taken off per counted incident, never below zero (扣完为止). Shared by the deduction rule (off its full
 * points) and by deductions attached to an item (off the rule's already rounded value).
 */
final class Deductions {
    record Applied(BigDecimal score, String text) {
    }

    private Deductions() {
    }

    /** Every deduction fact must already have been read (present or defaulted) by the caller. */
    static Applied apply(BigDecimal from, List<Deduction> deductions, FactReader facts) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder text = new StringBuilder("扣减 ");
        for (int i = 0; i < deductions.size(); i++) {
            Deduction d = deductions.get(i);
            BigDecimal count = facts.read(d.getFact()).number();
            total = total.add(count.multiply(d.getPointsEach()));
            if (i > 0) text.append(" + ");
            text.append(label(d.getFact())).append(' ').append(num(count)).append(" × ").append(num(d.getPointsEach()));
        }
        // nothing deducted keeps the starting value as it is (2, not 2 − 0.0 = 2.0)
        BigDecimal score = Decimals.isZero(total) ? from : Decimals.notBelowZero(from.subtract(total));
        if (deductions.size() > 1) text.append(" = ").append(num(total));
        text.append(Text.ARROW).append(num(score));
        return new Applied(score, text.toString());
    }
}
