package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.ARROW;
import static org.crediteval.engine.internal.Text.label;
import static org.crediteval.engine.internal.Text.num;

import java.math.BigDecimal;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Item;

/**
 * One item for one subject: required facts first (every absent one is listed, and any absence scores 0), then
 * gates, then the rule, then the item's deductions off the rule's value, and last the item's maximum.
 */
final class ItemScorer {
    private final ScoringPlan plan;

    ItemScorer(ScoringPlan plan) {
        this.plan = plan;
    }

    ItemResult score(Item item, SubjectFacts subject, SurveyOutcome survey, SubjectLog log) {
        ScoringPlan.ItemPlan itemPlan = plan.of(item);
        FactReader facts = new FactReader(subject, plan, itemPlan.requiredIds());
        // read them all up front: an absent fact is listed whatever the item's other facts say
        for (FactDefinition def : itemPlan.required()) facts.read(def);
        RuleOutcome outcome = evaluate(item, facts, survey, log);
        if (facts.anyMissing()) log.missing(facts.missing());

        BigDecimal max = itemPlan.max();
        BigDecimal score = outcome.score();
        String explanation = outcome.explanation();
        if (score.compareTo(max) > 0) {
            // only uncapped rules get here (e.g. gd 9.1 media reports); the indicator total is the same either way
            explanation += "，超出本项上限 " + num(max) + ARROW + num(max);
            score = max;
        }
        return new ItemResult(item.getId(), item.getLabel(), score, max, explanation, facts.factsRead());
    }

    private RuleOutcome evaluate(Item item, FactReader facts, SurveyOutcome survey, SubjectLog log) {
        if (facts.anyMissing()) return RuleOutcome.zero("缺失：" + String.join("、", facts.missing()) + ARROW + "0");
        for (Gate gate : item.getGates()) {
            TypedFact fact = facts.read(gate.getFact());
            if (!opens(gate, fact)) {
                return RuleOutcome.zero(label(gate.getFact()) + " = " + Text.value(fact) + ARROW + "本项不得分" + ARROW + "0");
            }
        }
        RuleOutcome rule = new RuleEvaluator(item, facts, log).evaluate(survey);
        // a branch-only fact (level pointsFact, survey fallback) was absent: the rule already says so
        if (facts.anyMissing()) return RuleOutcome.zero(rule.explanation());
        // a zero (e.g. a ratio whose target is 0) has nothing left to reduce
        if (item.getDeductions().isEmpty() || rule.score().signum() == 0) return rule;
        Deductions.Applied applied = Deductions.apply(rule.score(), item.getDeductions(), facts);
        return new RuleOutcome(applied.score(), rule.explanation() + "；" + applied.text());
    }

    private static boolean opens(Gate gate, TypedFact fact) {
        return gate.getCondition() == GateCondition.ZERO ? Decimals.isZero(fact.number()) : fact.bool();
    }
}
