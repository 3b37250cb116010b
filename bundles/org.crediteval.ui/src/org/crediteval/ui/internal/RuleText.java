package org.crediteval.ui.internal;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/** A rule written out for analysts, one line, from the typed model (the pack carries no free rule text). */
public final class RuleText {

    private RuleText() {
    }

    public static String of(Item item) {
        Rule rule = item.getRule();
        String text = rule == null ? "—" : of(rule);
        if (!item.getDeductions().isEmpty()) {
            text += "；" + item.getDeductions().stream()
                    .map(d -> fact(d.getFact()) + " 每次扣 " + num(d.getPointsEach())).collect(Collectors.joining("，"));
        }
        if (!item.getGates().isEmpty()) {
            text += "；前提：" + item.getGates().stream()
                    .map(g -> fact(g.getFact()) + " " + g.getCondition()).collect(Collectors.joining("，"));
        }
        return text;
    }

    static String of(Rule rule) {
        return switch (rule) {
            case CheckRule r -> "check: " + fact(r.getFact()) + " → " + num(r.getPoints());
            case PerUnitRule r -> "per-unit: " + fact(r.getFact()) + " × " + num(r.getPointsPerUnit())
                    + (r.getUnitSize() == null ? "" : " / " + num(r.getUnitSize()))
                    + (r.getCap() == null ? "" : ", ≤ " + num(r.getCap()));
            case RatioRule r -> "ratio: " + num(r.getPoints()) + " × min(1, " + fact(r.getActual()) + " / "
                    + fact(r.getTarget()) + ")";
            case BandsRule r -> "bands: " + fact(r.getFact()) + " " + r.getBands().stream()
                    .map(b -> "≥" + num(b.getLowerBound()) + "→" + num(b.getPoints())).collect(Collectors.joining("; "));
            case LevelRule r -> "level: " + fact(r.getFact()) + " " + r.getScores().stream()
                    .map(s -> s.getLevel() + "→" + (s.getPointsFact() != null ? fact(s.getPointsFact()) : num(s.getPoints())))
                    .collect(Collectors.joining("; "));
            case StepDownRule r -> "step-down: " + fact(r.getFact()) + " ≥" + num(r.getThreshold()) + "→"
                    + num(r.getFull()) + ", −" + num(r.getDecrement()) + " / " + num(r.getStep()) + ", <"
                    + num(r.getFloor()) + "→0";
            case DeductionRule r -> "deduction: " + num(r.getFull()) + " − " + r.getDeductions().stream()
                    .map(d -> fact(d.getFact()) + "×" + num(d.getPointsEach())).collect(Collectors.joining(" − "));
            case DiscretionaryRule r -> "discretionary: " + fact(r.getFact()) + " 0…" + num(r.getMax());
            case ExternalRule r -> "external: " + fact(r.getFact()) + " 0…" + num(r.getMax())
                    + (r.getBody() == null ? "" : " (" + r.getBody() + ")");
            case SurveyRule r -> "survey: 0…" + num(r.getMax());
            default -> rule.eClass().getName();
        };
    }

    static String fact(FactDefinition fact) {
        return fact == null ? "?" : fact.getId();
    }

    /** A score for display: at most 2 decimal places (HALF_UP), as the spec allows for presentation. */
    public static String score(BigDecimal value) {
        return value == null ? "—" : num(value.setScale(Math.min(2, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP));
    }

    /** An exact number without trailing zeros. */
    public static String num(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
