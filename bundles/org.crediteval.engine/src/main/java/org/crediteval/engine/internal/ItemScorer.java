package org.crediteval.engine.internal;

import java.math.BigDecimal;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SurveyOutcome;

/**
 * One item for one subject: required facts first (every absent one is listed, and any absence scores 0), then
 * gates, then the rule, then the item's deductions off the rule's value, and last the item's maximum.
 */
final class ItemScorer {

    ItemResult score(ScoringPlan.ItemPlan item, FactReader facts, SurveyOutcome survey, SubjectLog log) {
        facts.start(item.requiredIds);
        // read them all up front: an absent fact is listed whatever the item's other facts say
        for (FactRef fact : item.required) facts.read(fact);
        RuleOutcome outcome = evaluate(item, facts, survey, log);
        if (facts.anyMissing()) log.missing(facts);

        BigDecimal max = item.max;
        BigDecimal score = outcome.score();
        String explanation = outcome.explanation();
        if (item.mayExceedMax && score.compareTo(max) > 0) {
            // only uncapped rules get here (e.g. gd 9.1 media reports); the indicator total is the same either way
            explanation += item.overMax;
            score = max;
        }
        return new ItemResult(item.id, item.label, score, max, explanation, facts.factsRead());
    }

    private static RuleOutcome evaluate(ScoringPlan.ItemPlan item, FactReader facts, SurveyOutcome survey,
            SubjectLog log) {
        if (facts.anyMissing()) {
            return item.singleMissing != null ? item.singleMissing : RuleOutcome.zero(facts.missingText());
        }
        for (ScoringPlan.GatePlan gate : item.gates) {
            TypedFact fact = facts.read(gate.fact);
            if (!gate.opens(fact)) return gate.closed(fact);
        }
        RuleOutcome rule = item.rule.evaluate(facts, log, survey);
        // a branch-only fact (level pointsFact, survey fallback) was absent: the rule already says so
        if (facts.anyMissing()) return RuleOutcome.zero(rule.explanation());
        // a zero (e.g. a ratio whose target is 0) has nothing left to reduce
        if (item.deductions == null || rule.score().signum() == 0) return rule;
        return item.deductions.apply(rule.score(), facts, rule.explanation(), "；");
    }
}
