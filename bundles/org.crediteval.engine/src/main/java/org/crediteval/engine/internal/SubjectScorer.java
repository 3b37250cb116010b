package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Scheme;

/**
 * One subject through the whole scheme in model order: items, indicators, dimensions (each capped at its max),
 * then base (non-bonus dimensions) and bonus kept apart.
 */
final class SubjectScorer {
    private final ScoringPlan plan;
    private final ItemScorer items;
    private final IndicatorScorer indicators = new IndicatorScorer();

    SubjectScorer(ScoringPlan plan) {
        this.plan = plan;
        this.items = new ItemScorer(plan);
    }

    SubjectResult score(SubjectFacts subject, SurveyOutcome survey) {
        Scheme scheme = plan.scheme();
        SubjectLog log = new SubjectLog();
        List<DimensionResult> dimensions = new ArrayList<>(scheme.getDimensions().size());
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (Dimension dimension : scheme.getDimensions()) {
            DimensionResult result = dimension(dimension, subject, survey, log);
            dimensions.add(result);
            if (result.bonus()) bonus = bonus.add(result.score());
            else base = base.add(result.score());
        }
        // the scheme maxima are the dimension maxima summed in a valid pack, so these caps change nothing there
        base = capAt(base, scheme.getBaseMax());
        bonus = capAt(bonus, scheme.getBonusMax());
        return new SubjectResult(subject.subject(), base, scheme.getBaseMax(), bonus, scheme.getBonusMax(),
                base.add(bonus), dimensions, log.missing(plan), log.warnings());
    }

    private DimensionResult dimension(Dimension dimension, SubjectFacts subject, SurveyOutcome survey, SubjectLog log) {
        List<IndicatorResult> results = new ArrayList<>(dimension.getIndicators().size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : dimension.getIndicators()) {
            List<ItemResult> itemResults = new ArrayList<>(indicator.getItems().size());
            for (Item item : indicator.getItems()) itemResults.add(items.score(item, subject, survey, log));
            IndicatorResult result = indicators.score(indicator, itemResults);
            results.add(result);
            sum = sum.add(result.score());
        }
        return new DimensionResult(dimension.getId(), dimension.getName(), capAt(sum, dimension.getMax()),
                dimension.getMax(), dimension.isBonus(), results);
    }

    private static BigDecimal capAt(BigDecimal value, BigDecimal max) {
        return max == null ? value : Decimals.min(value, max);
    }
}
