package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.model.scheme.Deduction;

/**
 * Points taken off per counted incident, never below zero (扣完为止). Shared by the deduction rule (off its full
 * points) and by deductions attached to an item (off the rule's already rounded value).
 */
final class Deductions {
    private final FactRef[] facts;
    private final BigDecimal[] pointsEach;
    /** {@code " × 5"} per deduction */
    private final String[] timesEach;

    Deductions(List<Deduction> deductions, ScoringPlan plan) {
        int n = deductions.size();
        this.facts = new FactRef[n];
        this.pointsEach = new BigDecimal[n];
        this.timesEach = new String[n];
        for (int i = 0; i < n; i++) {
            Deduction d = deductions.get(i);
            facts[i] = plan.ref(d.getFact());
            pointsEach[i] = d.getPointsEach();
            timesEach[i] = " × " + Text.num(d.getPointsEach());
        }
    }

    /**
     * Appends {@code 扣减 主要领导缺席人次 1 × 5 → 5} to {@code text} and returns the score. Every deduction fact must
     * already have been read (present or defaulted) by the caller.
     */
    BigDecimal apply(BigDecimal from, FactReader reader, StringBuilder text) {
        BigDecimal total = BigDecimal.ZERO;
        text.append("扣减 ");
        for (int i = 0; i < facts.length; i++) {
            TypedFact count = reader.read(facts[i]);
            total = total.add(count.number().multiply(pointsEach[i]));
            if (i > 0) text.append(" + ");
            text.append(facts[i].label).append(' ').append(count.text()).append(timesEach[i]);
        }
        // nothing deducted keeps the starting value as it is (2, not 2 − 0.0 = 2.0)
        BigDecimal score = Decimals.isZero(total) ? from : Decimals.notBelowZero(from.subtract(total));
        if (facts.length > 1) text.append(" = ").append(Text.num(total));
        text.append(Text.ARROW).append(Text.num(score));
        return score;
    }
}
