package org.crediteval.engine.internal;

import java.math.BigDecimal;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Scheme;

/**
 * One subject through the whole scheme in model order: items, indicators, dimensions (each capped at its max),
 * then base (non-bonus dimensions) and bonus kept apart. Scores the subjects of one run one after another, reusing
 * its reader, log and scratch arrays.
 */
final class SubjectScorer {
    private final ScoringPlan plan;
    private final ItemScorer items = new ItemScorer();
    private final IndicatorScorer indicators = new IndicatorScorer();
    private final FactReader reader = new FactReader();
    private final SubjectLog log;
    private final ItemResult[] itemResults;
    private final IndicatorResult[] indicatorResults;

    SubjectScorer(ScoringPlan plan) {
        this.plan = plan;
        this.log = new SubjectLog(plan.index());
        this.itemResults = new ItemResult[plan.mostItems()];
        this.indicatorResults = new IndicatorResult[plan.mostIndicators()];
    }

    SubjectResult score(SubjectFacts subject, SurveyOutcome survey) {
        Scheme scheme = plan.scheme();
        ScoringPlan.DimensionPlan[] dimensionPlans = plan.dimensions();
        reader.subject(subject.values());
        log.reset();
        DimensionResult[] dimensions = new DimensionResult[dimensionPlans.length];
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (int d = 0; d < dimensionPlans.length; d++) {
            DimensionResult result = dimension(dimensionPlans[d], survey);
            dimensions[d] = result;
            if (result.bonus()) bonus = Decimals.plus(bonus, result.score());
            else base = Decimals.plus(base, result.score());
        }
        // the scheme maxima are the dimension maxima summed in a valid pack, so these caps change nothing there
        base = capAt(base, scheme.getBaseMax());
        bonus = capAt(bonus, scheme.getBonusMax());
        return new SubjectResult(subject.subject(), base, scheme.getBaseMax(), bonus, scheme.getBonusMax(),
                base.add(bonus), IndicatorScorer.listOf(dimensions, dimensions.length), log.missing(), log.warnings());
    }

    private DimensionResult dimension(ScoringPlan.DimensionPlan plan, SurveyOutcome survey) {
        ScoringPlan.IndicatorPlan[] indicatorPlans = plan.indicators;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < indicatorPlans.length; k++) {
            ScoringPlan.IndicatorPlan indicator = indicatorPlans[k];
            ScoringPlan.ItemPlan[] itemPlans = indicator.items;
            for (int i = 0; i < itemPlans.length; i++) itemResults[i] = items.score(itemPlans[i], reader, survey, log);
            IndicatorResult result = indicators.score(indicator, itemResults);
            indicatorResults[k] = result;
            sum = Decimals.plus(sum, result.score());
        }
        Dimension dimension = plan.dimension;
        BigDecimal score = plan.mayExceedMax ? capAt(sum, dimension.getMax()) : sum;
        return new DimensionResult(dimension.getId(), dimension.getName(), score,
                dimension.getMax(), dimension.isBonus(), IndicatorScorer.listOf(indicatorResults, indicatorPlans.length));
    }

    private static BigDecimal capAt(BigDecimal value, BigDecimal max) {
        return max == null ? value : Decimals.min(value, max);
    }
}
