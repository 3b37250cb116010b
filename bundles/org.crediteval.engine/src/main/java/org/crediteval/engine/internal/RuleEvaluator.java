package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.ARROW;
import static org.crediteval.engine.internal.Text.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.Band;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * The value of one item's rule for one subject, exactly as {@code domain.md} defines each kind. One evaluator per
 * item, compiled once per run from the model: the facts it reads as {@link FactRef}s, and every part of its
 * explanation that depends on the model only written out, so that scoring a subject formats only the subject's
 * own values. The item scorer has already read the rule's required facts and checked that none is missing; only
 * a level's branch fact and a survey's fallback fact can still be absent here.
 */
abstract class RuleEvaluator {
    final String itemId;

    private RuleEvaluator(Item item) {
        this.itemId = item.getId();
    }

    abstract RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey);

    /** The most this rule can give whatever the facts say, when the model alone tells; else null. */
    BigDecimal highest() {
        return null;
    }

    /**
     * Lets a rule whose value goes straight into the item's score (no deductions after it) apply the item maximum
     * itself, writing its explanation once with {@code overMax} appended rather than the item scorer appending it
     * to a finished one. Rules that seldom exceed the maximum ignore this.
     */
    void limitTo(BigDecimal itemMax, String overMax) {
    }

    static RuleEvaluator compile(Item item, List<String> requiredIds, ScoringPlan plan) {
        return switch (item.getRule()) {
            case CheckRule r -> new Check(item, r, plan);
            case PerUnitRule r -> new PerUnit(item, r, plan);
            case RatioRule r -> new Ratio(item, r, plan);
            case BandsRule r -> new Bands(item, r, plan);
            case LevelRule r -> new Level(item, r, requiredIds, plan);
            case StepDownRule r -> new StepDown(item, r, plan);
            case DeductionRule r -> new DeductionOnly(item, r, plan);
            case DiscretionaryRule r -> new Discretionary(item, r, plan);
            case ExternalRule r -> new External(item, r, plan);
            case SurveyRule r -> new Survey(item, r, requiredIds, plan);
            default -> new Unknown(item);
        };
    }

    /** The planned ids plus {@code id} unless already there: {@code ItemResult.facts} after a branch read. */
    private static List<String> withBranch(List<String> requiredIds, String id) {
        if (requiredIds.contains(id)) return requiredIds;
        List<String> all = new ArrayList<>(requiredIds);
        all.add(id);
        return List.copyOf(all);
    }

    private static final class Unknown extends RuleEvaluator {
        private final String kind;

        Unknown(Item item) {
            super(item);
            this.kind = item.getRule().eClass().getName();
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            throw new IllegalArgumentException("unknown rule kind " + kind);
        }
    }

    /** 机构到位 = 是 → 0.5: two possible outcomes, both written once. */
    private static final class Check extends RuleEvaluator {
        private final FactRef fact;
        private final BigDecimal points;
        private final RuleOutcome yes;
        private final RuleOutcome no;

        Check(Item item, CheckRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.points = r.getPoints();
            this.yes = points == null ? null : new RuleOutcome(points, fact.label + " = " + Text.yesNo(true) + ARROW + num(points));
            this.no = RuleOutcome.zero(fact.label + " = " + Text.yesNo(false) + ARROW + num(BigDecimal.ZERO));
        }

        @Override
        BigDecimal highest() {
            return points == null || points.signum() < 0 ? null : points;
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            if (!facts.read(fact).bool()) return no;
            if (yes == null) throw new NullPointerException("check rule of " + itemId + " has no points");
            return yes;
        }
    }

    /** Only whole units count; 常态化提供信息的部门和单位数 = 37 × 0.04 = 1.48, capped: …，封顶 2 → 2 */
    private static final class PerUnit extends RuleEvaluator {
        private final FactRef fact;
        private final BigDecimal unitSize;
        private final boolean unitIsOne;
        private final BigDecimal pointsPerUnit;
        private final BigDecimal cap;
        private final String head;
        private final String perUnit;
        private final String times;
        private final String capped;
        private BigDecimal itemMax;
        private String overMax;

        PerUnit(Item item, PerUnitRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.unitSize = r.getUnitSize() == null ? BigDecimal.ONE : r.getUnitSize();
            this.unitIsOne = Decimals.isOne(unitSize);
            this.pointsPerUnit = r.getPointsPerUnit();
            this.cap = r.getCap();
            this.head = fact.label + " = ";
            this.perUnit = "，按每" + fact.quantity(num(unitSize)) + "计 ";
            this.times = " × " + num(pointsPerUnit) + " = ";
            this.capped = cap == null ? null : "，封顶 " + num(cap) + ARROW + num(cap);
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact read = facts.read(fact);
            BigDecimal value = read.number();
            // a whole number in units of 1 is its own count of units (value ÷ 1, floored, is the same decimal)
            BigDecimal units = unitIsOne && value.scale() == 0 ? value : value.divide(unitSize, 0, RoundingMode.FLOOR);
            // no unit gives a plain 0 rather than 0.00
            BigDecimal raw = units.signum() == 0 ? BigDecimal.ZERO : units.multiply(pointsPerUnit);

            String counted = !unitIsOne || value.compareTo(units) != 0 ? perUnit + num(units) : "";
            if (cap != null && raw.compareTo(cap) >= 0) {
                return new RuleOutcome(cap, head + read.text() + fact.unit + counted + times + num(raw) + capped);
            }
            if (itemMax != null && raw.compareTo(itemMax) > 0) {
                return new RuleOutcome(itemMax, head + read.text() + fact.unit + counted + times + num(raw) + overMax);
            }
            return new RuleOutcome(raw, head + read.text() + fact.unit + counted + times + num(raw));
        }

        @Override
        void limitTo(BigDecimal itemMax, String overMax) {
            this.itemMax = itemMax;
            this.overMax = overMax;
        }
    }

    /** points × min(1, actual / target), 34 digits then 4 places: 完成贯标企业数 7 / 年度计划数 9 × 60 = 46.6667 */
    private static final class Ratio extends RuleEvaluator {
        private final FactRef actual;
        private final FactRef target;
        private final BigDecimal points;
        private final String targetZeroWarning;
        private final String targetZeroText;
        private final String full;
        private final String times;

        Ratio(Item item, RatioRule r, ScoringPlan plan) {
            super(item);
            this.actual = plan.ref(r.getActual());
            this.target = plan.ref(r.getTarget());
            this.points = r.getPoints();
            this.targetZeroWarning = target.label + " " + target.id + " = 0，无法计算完成率，本项得0分";
            this.targetZeroText = "，" + target.label + "为0，无法计算完成率" + ARROW + "0";
            this.full = " ≥ 1，按1计 × " + num(points) + " = " + num(points);
            this.times = " × " + num(points) + " = ";
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact a = facts.read(actual);
            TypedFact t = facts.read(target);
            String quotient = actual.label + " " + a.text() + actual.unit + " / " + target.label + " " + t.text()
                    + target.unit;
            if (Decimals.isZero(t.number())) {
                log.warn(itemId, targetZeroWarning);
                return RuleOutcome.zero(quotient + targetZeroText);
            }
            BigDecimal share = a.number().divide(t.number(), Decimals.DIVISION);
            if (share.compareTo(BigDecimal.ONE) >= 0) return new RuleOutcome(points, quotient + full);
            BigDecimal score = Decimals.roundDivision(points.multiply(share, Decimals.DIVISION));
            return new RuleOutcome(score, quotient + times + num(score));
        }
    }

    /** The highest band whose (inclusive) lower bound the value reaches. */
    private static final class Bands extends RuleEvaluator {
        private final FactRef fact;
        private final String head;
        private final BigDecimal[] lower;
        private final BigDecimal[] points;
        /** per band: {@code ≥500份 → 20} */
        private final String[] reached;
        private final String below;

        Bands(Item item, BandsRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.head = fact.label + " = ";
            List<Band> bands = r.getBands();
            this.lower = new BigDecimal[bands.size()];
            this.points = new BigDecimal[bands.size()];
            this.reached = new String[bands.size()];
            Band lowest = null;
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                lower[i] = band.getLowerBound();
                points[i] = band.getPoints();
                reached[i] = ARROW + "≥" + fact.quantity(num(band.getLowerBound())) + ARROW + num(band.getPoints());
                if (lowest == null || band.getLowerBound().compareTo(lowest.getLowerBound()) < 0) lowest = band;
            }
            this.below = ARROW + (lowest == null ? "无档次" : "低于" + fact.quantity(num(lowest.getLowerBound())))
                    + ARROW + "0";
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact read = facts.read(fact);
            BigDecimal value = read.number();
            int best = -1;
            for (int i = 0; i < lower.length; i++) {
                if (lower[i].compareTo(value) <= 0 && (best < 0 || lower[i].compareTo(lower[best]) > 0)) best = i;
            }
            if (best < 0) return RuleOutcome.zero(head + read.text() + fact.unit + below);
            return new RuleOutcome(points[best], head + read.text() + fact.unit + reached[best]);
        }
    }

    /** 单设信用办 (standalone) → 40; a branch scored by an expert fact reads that fact only here. */
    private static final class Level extends RuleEvaluator {
        /** What one level code leads to. */
        private record Branch(String code, RuleOutcome fixed, FactRef pointsFact, List<String> withBranch,
                RuleOutcome absent, String expert) {
        }

        private final FactRef fact;
        private final LevelRule rule;
        private final List<String> requiredIds;
        private final ScoringPlan plan;
        private final Branch[] branches;

        Level(Item item, LevelRule r, List<String> requiredIds, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.rule = r;
            this.requiredIds = requiredIds;
            this.plan = plan;
            List<String> codes = new ArrayList<>();
            for (LevelDefinition level : r.getFact().getLevels()) {
                if (!codes.contains(level.getCode())) codes.add(level.getCode());
            }
            for (LevelScore s : r.getScores()) {
                if (!codes.contains(s.getLevel())) codes.add(s.getLevel());
            }
            this.branches = codes.stream().map(this::branch).toArray(Branch[]::new);
        }

        private Branch branch(String code) {
            String name = Text.levelName(fact.def, code);
            LevelScore score = null;
            for (LevelScore s : rule.getScores()) {
                if (s.getLevel().equals(code)) score = s;
            }
            if (score == null) return new Branch(code, RuleOutcome.zero(name + ARROW + "0"), null, null, null, null);
            FactDefinition pointsFact = score.getPointsFact();
            if (pointsFact == null) {
                BigDecimal points = score.getPoints() == null ? BigDecimal.ZERO : score.getPoints();
                return new Branch(code, new RuleOutcome(points, name + ARROW + num(points)), null, null, null, null);
            }
            FactRef ref = plan.ref(pointsFact);
            return new Branch(code, null, ref, withBranch(requiredIds, ref.id),
                    RuleOutcome.zero(name + ARROW + "缺失：" + ref.id + ARROW + "0"), name + ARROW + ref.label + " ");
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            String code = facts.read(fact).level();
            Branch branch = null;
            for (Branch b : branches) {
                if (Objects.equals(b.code, code)) {
                    branch = b;
                    break;
                }
            }
            if (branch == null) branch = branch(code);
            if (branch.fixed != null) return branch.fixed;
            TypedFact expert = facts.readBranch(branch.pointsFact, branch.withBranch);
            if (expert == null) return branch.absent;
            BigDecimal points = expert.number();
            String p = expert.text();
            return new RuleOutcome(points, branch.expert + p + ARROW + p);
        }
    }

    /** 18岁以上户籍人口归集覆盖率 93.5% → 低于95%，递减1档 → 1.9 */
    private static final class StepDown extends RuleEvaluator {
        private final FactRef fact;
        private final BigDecimal threshold;
        private final BigDecimal floor;
        private final BigDecimal step;
        private final BigDecimal decrement;
        private final BigDecimal full;
        private final String head;
        private final String reached;
        private final String underFloor;
        private final String below;
        private final String lessThanOneStep;

        StepDown(Item item, StepDownRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.threshold = r.getThreshold();
            this.floor = r.getFloor();
            this.step = r.getStep();
            this.decrement = r.getDecrement();
            this.full = r.getFull();
            this.head = fact.label + " ";
            this.reached = ARROW + "达到" + fact.quantity(num(threshold)) + ARROW + num(full);
            this.underFloor = ARROW + "低于" + fact.quantity(num(floor)) + "，不得分" + ARROW + "0";
            this.below = ARROW + "低于" + fact.quantity(num(threshold));
            this.lessThanOneStep = "，不足1档" + ARROW + num(full);
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact read = facts.read(fact);
            BigDecimal value = read.number();
            String v = read.text();
            if (value.compareTo(threshold) >= 0) return new RuleOutcome(full, head + v + fact.unit + reached);
            if (value.compareTo(floor) < 0) return RuleOutcome.zero(head + v + fact.unit + underFloor);
            BigDecimal steps = threshold.subtract(value).divide(step, 0, RoundingMode.FLOOR);
            if (Decimals.isZero(steps)) return new RuleOutcome(full, head + v + fact.unit + below + lessThanOneStep);
            BigDecimal score = Decimals.notBelowZero(full.subtract(steps.multiply(decrement)));
            return new RuleOutcome(score, head + v + fact.unit + below + "，递减" + num(steps) + "档" + ARROW + num(score));
        }
    }

    /** 满分 10，扣减 主要领导缺席人次 1 × 5 = 5 → 5 (扣完为止) */
    private static final class DeductionOnly extends RuleEvaluator {
        private final BigDecimal full;
        private final String head;
        private final Deductions deductions;

        DeductionOnly(Item item, DeductionRule r, ScoringPlan plan) {
            super(item);
            this.full = r.getFull();
            this.head = "满分 " + num(full) + "，";
            this.deductions = new Deductions(r.getDeductions(), plan);
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            return deductions.apply(full, facts, head, "");
        }
    }

    /** 专家评分 0.8（理由：…）; a score without a written justification is allowed but warned about. */
    private static final class Discretionary extends RuleEvaluator {
        private final FactRef fact;
        private final BigDecimal max;
        /** {@code 3.4.x: 酌情评分 3.4.x = } */
        private final String noNoteWarning;

        Discretionary(Item item, DiscretionaryRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.max = r.getMax();
            this.noNoteWarning = itemId + ": 酌情评分 " + fact.id + " = ";
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact read = facts.read(fact);
            BigDecimal value = read.number();
            BigDecimal score = Decimals.min(value, max);
            String note = read.note();
            if (read.supplied() && note.isEmpty()) {
                log.warning(noNoteWarning + read.text() + " 未附评分理由（note）");
            }
            String scoreText = score == value ? read.text() : num(score);
            String text = note.isEmpty() ? "专家评分 " + scoreText + "（未附理由）" : "专家评分 " + scoreText + "（理由：" + note + "）";
            return new RuleOutcome(score, text);
        }
    }

    /** 省治工办考评结果 = 15（外部评分） */
    private static final class External extends RuleEvaluator {
        private final FactRef fact;
        private final BigDecimal max;
        private final String head;
        private final String body;

        External(Item item, ExternalRule r, ScoringPlan plan) {
            super(item);
            this.fact = plan.ref(r.getFact());
            this.max = r.getMax();
            this.head = fact.label + " = ";
            this.body = "（" + (r.getBody() == null || r.getBody().isBlank() ? "外部评分" : r.getBody() + "评分") + "）";
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome survey) {
            TypedFact read = facts.read(fact);
            BigDecimal score = Decimals.min(read.number(), max);
            return new RuleOutcome(score, head + (score == read.number() ? read.text() : num(score)) + body);
        }
    }

    /** Questionnaire outcome when the run has one for the subject, otherwise the fallback points fact. */
    private static final class Survey extends RuleEvaluator {
        private final FactRef fallback;
        private final BigDecimal max;
        private final List<String> withFallback;
        private final RuleOutcome fallbackAbsent;
        private final String fallbackHead;

        Survey(Item item, SurveyRule r, List<String> requiredIds, ScoringPlan plan) {
            super(item);
            this.fallback = r.getFallbackFact() == null ? null : plan.ref(r.getFallbackFact());
            this.max = r.getMax();
            this.withFallback = fallback == null ? requiredIds : withBranch(requiredIds, fallback.id);
            this.fallbackAbsent = fallback == null ? null
                    : RuleOutcome.zero("无问卷结果，缺失：" + fallback.id + ARROW + "0");
            this.fallbackHead = fallback == null ? null : fallback.label + " = ";
        }

        @Override
        RuleOutcome evaluate(FactReader facts, SubjectLog log, SurveyOutcome outcome) {
            if (outcome != null) {
                TypedFact given = facts.peek(fallback);
                if (given != null) {
                    log.warn(itemId, "已有问卷结果，忽略证据中的 " + fallback.id + " = " + given.text()
                            + " / questionnaire outcome used, evidence value ignored");
                }
                BigDecimal score = Decimals.min(outcome.score(), max);
                String detail = outcome.explanation() == null || outcome.explanation().isBlank() ? ""
                        : "（" + outcome.explanation() + "）";
                return new RuleOutcome(score, "问卷调查得分 " + num(score) + detail);
            }
            TypedFact fact = facts.readBranch(fallback, withFallback);
            if (fact == null) return fallbackAbsent;
            BigDecimal score = Decimals.min(fact.number(), max);
            return new RuleOutcome(score, fallbackHead + (score == fact.number() ? fact.text() : num(score))
                    + "（无问卷结果，采用证据值）");
        }
    }
}
