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
    /** {@code 主要领导缺席人次 } per deduction */
    private final String[] labels;
    /** {@code " × 5"} per deduction */
    private final String[] timesEach;

    Deductions(List<Deduction> deductions, ScoringPlan plan) {
        int n = deductions.size();
        this.facts = new FactRef[n];
        this.pointsEach = new BigDecimal[n];
        this.labels = new String[n];
        this.timesEach = new String[n];
        for (int i = 0; i < n; i++) {
            Deduction d = deductions.get(i);
            facts[i] = plan.ref(d.getFact());
            pointsEach[i] = d.getPointsEach();
            labels[i] = facts[i].label + " ";
            timesEach[i] = " × " + Text.num(d.getPointsEach());
        }
    }

    /**
     * The score off {@code from}, explained as {@code before + separator + 扣减 主要领导缺席人次 1 × 5 → 5}. Every
     * deduction fact must already have been read (present or defaulted) by the caller.
     */
    RuleOutcome apply(BigDecimal from, FactReader reader, String before, String separator) {
        if (facts.length == 1) {
            TypedFact count = reader.read(facts[0]);
            BigDecimal total = Decimals.plus(BigDecimal.ZERO, count.number().multiply(pointsEach[0]));
            BigDecimal score = score(from, total);
            return new RuleOutcome(score, before + separator + "扣减 " + labels[0] + count.text() + timesEach[0]
                    + Text.ARROW + Text.num(score));
        }
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder text = new StringBuilder(before.length() + 32 * facts.length).append(before).append(separator)
                .append("扣减 ");
        for (int i = 0; i < facts.length; i++) {
            TypedFact count = reader.read(facts[i]);
            total = total.add(count.number().multiply(pointsEach[i]));
            if (i > 0) text.append(" + ");
            text.append(labels[i]).append(count.text()).append(timesEach[i]);
        }
        BigDecimal score = score(from, total);
        if (facts.length > 1) text.append(" = ").append(Text.num(total));
        text.append(Text.ARROW).append(Text.num(score));
        return new RuleOutcome(score, text.toString());
    }

    /** Nothing deducted keeps the starting value as it is (2, not 2 − 0.0 = 2.0). */
    private static BigDecimal score(BigDecimal from, BigDecimal total) {
        return Decimals.isZero(total) ? from : Decimals.notBelowZero(from.subtract(total));
    }
}
