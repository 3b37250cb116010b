package org.crediteval.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * What would raise an item, per fact, in the words of the rule kind: a check wants 是, a per-unit rule wants the
 * count that reaches its cap, a step-down wants its threshold, and so on. Read off the rule, never off a score.
 */
final class Hints {
    static final String SUPPLY = "补充提供";

    private Hints() {
    }

    static String action(Item item, FactDefinition fact, boolean missing) {
        if (missing) return SUPPLY;
        String byRule = byRule(item, fact);
        if (byRule != null) return byRule;
        for (Gate gate : item.getGates()) {
            if (gate.getFact() == fact) {
                return gate.getCondition() == GateCondition.ZERO ? "须为 0（否则本项不得分）" : "须为“是”（否则本项不得分）";
            }
        }
        for (Deduction deduction : item.getDeductions()) {
            if (deduction.getFact() == fact) return "减少（每 1 扣 " + Decimals.plain(deduction.getPointsEach()) + " 分）";
        }
        return "";
    }

    private static String byRule(Item item, FactDefinition fact) {
        String pct = fact.getType() == FactType.RATE ? "%" : "";
        return switch (item.getRule()) {
            case CheckRule r when r.getFact() == fact -> "改为“是”（" + Decimals.plain(r.getPoints()) + " 分）";
            case PerUnitRule r when r.getFact() == fact -> perUnit(r);
            case StepDownRule r when r.getFact() == fact -> "提高到 " + Decimals.plain(r.getThreshold()) + pct
                    + " 以上（满分 " + Decimals.plain(r.getFull()) + " 分）";
            case RatioRule r when r.getActual() == fact -> "完成数达到“" + r.getTarget().getLabel() + "”";
            case RatioRule r when r.getTarget() == fact -> "核实计划数（为 0 时不计分）";
            case BandsRule r when r.getFact() == fact -> r.getBands().stream()
                    .max((a, b) -> a.getPoints().compareTo(b.getPoints()))
                    .map(b -> "达到 " + Decimals.plain(b.getLowerBound()) + pct + " 以上（" + Decimals.plain(b.getPoints())
                            + " 分）").orElse("");
            case LevelRule r when r.getFact() == fact -> r.getScores().stream()
                    .max((a, b) -> RuleMaxima.levelMax(a).compareTo(RuleMaxima.levelMax(b)))
                    .map(best -> "达到“" + FactCatalog.levelLabel(fact, best.getLevel()) + "”").orElse("");
            case LevelRule r when pointsFactOf(r, fact) -> "专家酌情评分（最高 " + Decimals.plain(fact.getMax()) + " 分）";
            case DeductionRule r when r.getDeductions().stream().anyMatch(d -> d.getFact() == fact) -> r.getDeductions()
                    .stream().filter(d -> d.getFact() == fact).findFirst()
                    .map(d -> "减少（每 1 扣 " + Decimals.plain(d.getPointsEach()) + " 分）").orElse("");
            case DiscretionaryRule r when r.getFact() == fact -> "专家酌情评分（最高 " + Decimals.plain(r.getMax()) + " 分）";
            case ExternalRule r when r.getFact() == fact -> (r.getBody() == null || r.getBody().isBlank() ? "外部"
                    : r.getBody()) + "评定（最高 " + Decimals.plain(r.getMax()) + " 分）";
            case SurveyRule r when r.getFallbackFact() == fact -> "满意度调查得分（最高 " + Decimals.plain(r.getMax()) + " 分）";
            case null, default -> null;
        };
    }

    private static boolean pointsFactOf(LevelRule rule, FactDefinition fact) {
        for (LevelScore score : rule.getScores()) if (score.getPointsFact() == fact) return true;
        return false;
    }

    private static String perUnit(PerUnitRule r) {
        BigDecimal size = r.getUnitSize() == null ? BigDecimal.ONE : r.getUnitSize();
        String each = (size.compareTo(BigDecimal.ONE) == 0 ? "每 1 个计 " : "每满 " + Decimals.plain(size) + " 计 ")
                + Decimals.plain(r.getPointsPerUnit()) + " 分";
        if (r.getCap() == null || r.getPointsPerUnit().signum() <= 0) return "增加（" + each + "）";
        BigDecimal units = r.getCap().divide(r.getPointsPerUnit(), 0, RoundingMode.CEILING).multiply(size);
        return "达到 " + Decimals.plain(units) + " 以上（" + each + "，最高 " + Decimals.plain(r.getCap()) + " 分）";
    }
}
