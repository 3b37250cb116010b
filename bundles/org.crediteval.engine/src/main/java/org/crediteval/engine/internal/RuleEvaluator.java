package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.ARROW;
import static org.crediteval.engine.internal.Text.label;
import static org.crediteval.engine.internal.Text.num;
import static org.crediteval.engine.internal.Text.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.Band;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * The value of one item's rule for one subject, exactly as {@code domain.md} defines each kind. The item scorer
 * has already read the rule's required facts and checked that none is missing; only a level's branch fact and a
 * survey's fallback fact can still be absent here.
 */
final class RuleEvaluator {
    private final Item item;
    private final String itemId;
    private final FactReader facts;
    private final SubjectLog log;

    RuleEvaluator(Item item, FactReader facts, SubjectLog log) {
        this.item = item;
        this.itemId = item.getId();
        this.facts = facts;
        this.log = log;
    }

    RuleOutcome evaluate(SurveyOutcome survey) {
        return switch (item.getRule()) {
            case CheckRule r -> check(r);
            case PerUnitRule r -> perUnit(r);
            case RatioRule r -> ratio(r);
            case BandsRule r -> bands(r);
            case LevelRule r -> level(r);
            case StepDownRule r -> stepDown(r);
            case DeductionRule r -> deduction(r);
            case DiscretionaryRule r -> discretionary(r);
            case ExternalRule r -> external(r);
            case SurveyRule r -> survey(r, survey);
            default -> throw new IllegalArgumentException("unknown rule kind " + item.getRule().eClass().getName());
        };
    }

    /** 机构到位 = 是 → 0.5 */
    private RuleOutcome check(CheckRule r) {
        boolean yes = facts.read(r.getFact()).bool();
        BigDecimal score = yes ? r.getPoints() : BigDecimal.ZERO;
        return new RuleOutcome(score, label(r.getFact()) + " = " + Text.yesNo(yes) + ARROW + num(score));
    }

    /** Only whole units count; 常态化提供信息的部门和单位数 = 37 × 0.04 = 1.48, capped: …，封顶 2 → 2 */
    private RuleOutcome perUnit(PerUnitRule r) {
        FactDefinition def = r.getFact();
        BigDecimal value = facts.read(def).number();
        BigDecimal unitSize = r.getUnitSize() == null ? BigDecimal.ONE : r.getUnitSize();
        BigDecimal units = value.divide(unitSize, 0, RoundingMode.FLOOR);
        // no unit gives a plain 0 rather than 0.00
        BigDecimal raw = units.signum() == 0 ? BigDecimal.ZERO : units.multiply(r.getPointsPerUnit());

        StringBuilder text = new StringBuilder(label(def)).append(" = ").append(quantity(def, value));
        if (!Decimals.isOne(unitSize) || value.compareTo(units) != 0) {
            text.append("，按每").append(quantity(def, unitSize)).append("计 ").append(num(units));
        }
        text.append(" × ").append(num(r.getPointsPerUnit())).append(" = ").append(num(raw));
        if (r.getCap() != null && raw.compareTo(r.getCap()) >= 0) {
            text.append("，封顶 ").append(num(r.getCap())).append(ARROW).append(num(r.getCap()));
            return new RuleOutcome(r.getCap(), text.toString());
        }
        return new RuleOutcome(raw, text.toString());
    }

    /** points × min(1, actual / target), 34 digits then 4 places: 完成贯标企业数 7 / 年度计划数 9 × 60 = 46.6667 */
    private RuleOutcome ratio(RatioRule r) {
        FactDefinition actualDef = r.getActual();
        FactDefinition targetDef = r.getTarget();
        BigDecimal actual = facts.read(actualDef).number();
        BigDecimal target = facts.read(targetDef).number();
        String quotient = label(actualDef) + " " + quantity(actualDef, actual) + " / " + label(targetDef) + " "
                + quantity(targetDef, target);
        if (Decimals.isZero(target)) {
            log.warn(itemId, label(targetDef) + " " + targetDef.getId() + " = 0，无法计算完成率，本项得0分");
            return RuleOutcome.zero(quotient + "，" + label(targetDef) + "为0，无法计算完成率" + ARROW + "0");
        }
        BigDecimal share = actual.divide(target, Decimals.DIVISION);
        boolean full = share.compareTo(BigDecimal.ONE) >= 0;
        BigDecimal score = full ? r.getPoints() : Decimals.roundDivision(r.getPoints().multiply(share, Decimals.DIVISION));
        String text = full
                ? quotient + " ≥ 1，按1计 × " + num(r.getPoints()) + " = " + num(score)
                : quotient + " × " + num(r.getPoints()) + " = " + num(score);
        return new RuleOutcome(score, text);
    }

    /** The highest band whose (inclusive) lower bound the value reaches. */
    private RuleOutcome bands(BandsRule r) {
        FactDefinition def = r.getFact();
        BigDecimal value = facts.read(def).number();
        Band best = null;
        Band lowest = null;
        for (Band band : r.getBands()) {
            if (band.getLowerBound().compareTo(value) <= 0
                    && (best == null || band.getLowerBound().compareTo(best.getLowerBound()) > 0)) best = band;
            if (lowest == null || band.getLowerBound().compareTo(lowest.getLowerBound()) < 0) lowest = band;
        }
        String head = label(def) + " = " + quantity(def, value) + ARROW;
        if (best == null) {
            String below = lowest == null ? "无档次" : "低于" + quantity(def, lowest.getLowerBound());
            return RuleOutcome.zero(head + below + ARROW + "0");
        }
        return new RuleOutcome(best.getPoints(),
                head + "≥" + quantity(def, best.getLowerBound()) + ARROW + num(best.getPoints()));
    }

    /** 单设信用办 (standalone) → 40; a branch scored by an expert fact reads that fact only here. */
    private RuleOutcome level(LevelRule r) {
        FactDefinition def = r.getFact();
        String code = facts.read(def).level();
        String name = Text.levelName(def, code);
        LevelScore score = null;
        for (LevelScore s : r.getScores()) {
            if (s.getLevel().equals(code)) score = s;
        }
        if (score == null) return RuleOutcome.zero(name + ARROW + "0");
        FactDefinition pointsFact = score.getPointsFact();
        if (pointsFact == null) {
            BigDecimal points = score.getPoints() == null ? BigDecimal.ZERO : score.getPoints();
            return new RuleOutcome(points, name + ARROW + num(points));
        }
        TypedFact expert = facts.readBranch(pointsFact);
        if (expert == null) return RuleOutcome.zero(name + ARROW + "缺失：" + pointsFact.getId() + ARROW + "0");
        BigDecimal points = expert.number();
        return new RuleOutcome(points, name + ARROW + label(pointsFact) + " " + num(points) + ARROW + num(points));
    }

    /** 18岁以上户籍人口归集覆盖率 93.5% → 低于95%，递减1档 → 1.9 */
    private RuleOutcome stepDown(StepDownRule r) {
        FactDefinition def = r.getFact();
        BigDecimal value = facts.read(def).number();
        String head = label(def) + " " + quantity(def, value) + ARROW;
        if (value.compareTo(r.getThreshold()) >= 0) {
            return new RuleOutcome(r.getFull(), head + "达到" + quantity(def, r.getThreshold()) + ARROW + num(r.getFull()));
        }
        if (value.compareTo(r.getFloor()) < 0) {
            return RuleOutcome.zero(head + "低于" + quantity(def, r.getFloor()) + "，不得分" + ARROW + "0");
        }
        String below = head + "低于" + quantity(def, r.getThreshold());
        BigDecimal steps = r.getThreshold().subtract(value).divide(r.getStep(), 0, RoundingMode.FLOOR);
        if (Decimals.isZero(steps)) return new RuleOutcome(r.getFull(), below + "，不足1档" + ARROW + num(r.getFull()));
        BigDecimal score = Decimals.notBelowZero(r.getFull().subtract(steps.multiply(r.getDecrement())));
        return new RuleOutcome(score, below + "，递减" + num(steps) + "档" + ARROW + num(score));
    }

    /** 满分 10，扣减 主要领导缺席人次 1 × 5 = 5 → 5 (扣完为止) */
    private RuleOutcome deduction(DeductionRule r) {
        Deductions.Applied applied = Deductions.apply(r.getFull(), r.getDeductions(), facts);
        return new RuleOutcome(applied.score(), "满分 " + num(r.getFull()) + "，" + applied.text());
    }

    /** 专家评分 0.8（理由：…）; a score without a written justification is allowed but warned about. */
    private RuleOutcome discretionary(DiscretionaryRule r) {
        TypedFact fact = facts.read(r.getFact());
        BigDecimal score = Decimals.min(fact.number(), r.getMax());
        String note = fact.note();
        if (fact.supplied() && note.isEmpty()) {
            log.warn(itemId, "酌情评分 " + r.getFact().getId() + " = " + num(fact.number()) + " 未附评分理由（note）");
        }
        String reason = note.isEmpty() ? "（未附理由）" : "（理由：" + note + "）";
        return new RuleOutcome(score, "专家评分 " + num(score) + reason);
    }

    /** 省治工办考评结果 = 15（外部评分） */
    private RuleOutcome external(ExternalRule r) {
        BigDecimal score = Decimals.min(facts.read(r.getFact()).number(), r.getMax());
        String body = r.getBody() == null || r.getBody().isBlank() ? "外部评分" : r.getBody() + "评分";
        return new RuleOutcome(score, label(r.getFact()) + " = " + num(score) + "（" + body + "）");
    }

    /** Questionnaire outcome when the run has one for the subject, otherwise the fallback points fact. */
    private RuleOutcome survey(SurveyRule r, SurveyOutcome outcome) {
        FactDefinition fallback = r.getFallbackFact();
        if (outcome != null) {
            TypedFact given = facts.peek(fallback);
            if (given != null) {
                log.warn(itemId, "已有问卷结果，忽略证据中的 " + fallback.getId() + " = " + num(given.number())
                        + " / questionnaire outcome used, evidence value ignored");
            }
            BigDecimal score = Decimals.min(outcome.score(), r.getMax());
            String detail = outcome.explanation() == null || outcome.explanation().isBlank() ? ""
                    : "（" + outcome.explanation() + "）";
            return new RuleOutcome(score, "问卷调查得分 " + num(score) + detail);
        }
        TypedFact fact = facts.readBranch(fallback);
        if (fact == null) return RuleOutcome.zero("无问卷结果，缺失：" + fallback.getId() + ARROW + "0");
        BigDecimal score = Decimals.min(fact.number(), r.getMax());
        return new RuleOutcome(score, label(fallback) + " = " + num(score) + "（无问卷结果，采用证据值）");
    }
}
