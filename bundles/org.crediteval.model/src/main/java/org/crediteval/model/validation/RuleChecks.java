package org.crediteval.model.validation;

import static org.crediteval.model.scheme.FactType.BOOL;
import static org.crediteval.model.scheme.FactType.COUNT;
import static org.crediteval.model.scheme.FactType.LEVEL;
import static org.crediteval.model.scheme.FactType.MONEY;
import static org.crediteval.model.scheme.FactType.POINTS;
import static org.crediteval.model.scheme.FactType.RATE;
import static org.crediteval.model.validation.Labels.num;
import static org.crediteval.model.validation.SchemeChecks.nonNegative;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.crediteval.model.scheme.Band;
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
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemePackage;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Each rule kind's parameters, and that every fact it reads is defined and of a type it can read. */
final class RuleChecks {

    private static final Set<FactType> QUANTITY = EnumSet.of(COUNT, RATE, MONEY);

    private RuleChecks() {
    }

    static void check(Rule rule, Report report) {
        switch (rule) {
            case CheckRule r -> {
                fact(report, r, "fact", r.getFact(), EnumSet.of(BOOL));
                nonNegative(report, r, "points", r.getPoints());
            }
            case PerUnitRule r -> perUnit(r, report);
            case RatioRule r -> {
                fact(report, r, "actual", r.getActual(), EnumSet.of(COUNT));
                fact(report, r, "target", r.getTarget(), EnumSet.of(COUNT));
                nonNegative(report, r, "points", r.getPoints());
            }
            case BandsRule r -> bands(r, report);
            case LevelRule r -> levels(r, report);
            case StepDownRule r -> stepDown(r, report);
            case DeductionRule r -> nonNegative(report, r, "full", r.getFull());
            case DiscretionaryRule r -> {
                fact(report, r, "fact", r.getFact(), EnumSet.of(POINTS));
                maxIsFactMax(report, r, r.getMax(), r.getFact(), true);
            }
            case ExternalRule r -> {
                fact(report, r, "fact", r.getFact(), EnumSet.of(POINTS));
                maxIsFactMax(report, r, r.getMax(), r.getFact(), true);
            }
            case SurveyRule r -> survey(r, report);
            default -> {
                // no other kinds in the metamodel
            }
        }
    }

    static void check(Gate gate, Report report) {
        if (gate.getCondition() == GateCondition.ZERO) {
            fact(report, gate, "fact (condition zero)", gate.getFact(), EnumSet.of(COUNT));
        } else {
            fact(report, gate, "fact (condition true)", gate.getFact(), EnumSet.of(BOOL));
        }
    }

    static void check(Deduction deduction, Report report) {
        fact(report, deduction, "fact", deduction.getFact(), EnumSet.of(COUNT));
        nonNegative(report, deduction, "pointsEach", deduction.getPointsEach());
    }

    private static void perUnit(PerUnitRule r, Report report) {
        fact(report, r, "fact", r.getFact(), QUANTITY);
        if (r.getPointsPerUnit() != null && r.getPointsPerUnit().signum() <= 0) {
            report.error(SchemeValidator.PER_UNIT_PARAMETERS, r, "pointsPerUnit is " + num(r.getPointsPerUnit())
                    + ", must be > 0");
        }
        if (r.getUnitSize() != null && r.getUnitSize().signum() <= 0) {
            report.error(SchemeValidator.PER_UNIT_PARAMETERS, r, "unitSize is " + num(r.getUnitSize()) + ", must be > 0");
        }
        if (r.getCap() != null && r.getCap().signum() < 0) {
            report.error(SchemeValidator.PER_UNIT_PARAMETERS, r, "cap is " + num(r.getCap()) + ", must be ≥ 0");
        }
    }

    private static void bands(BandsRule r, Report report) {
        fact(report, r, "fact", r.getFact(), QUANTITY);
        BigDecimal previous = null;
        for (Band band : r.getBands()) {
            nonNegative(report, band, "points", band.getPoints());
            BigDecimal lower = band.getLowerBound();
            if (lower != null && previous != null && lower.compareTo(previous) >= 0) {
                report.error(SchemeValidator.BANDS_NOT_DECREASING, band, "lower bound " + num(lower)
                        + " follows " + num(previous) + ": bands must be listed with strictly decreasing lower bounds");
            }
            if (lower != null) {
                previous = lower;
            }
        }
    }

    private static void levels(LevelRule r, Report report) {
        FactDefinition fact = fact(report, r, "fact", r.getFact(), EnumSet.of(LEVEL));
        Set<String> scored = new HashSet<>();
        for (LevelScore score : r.getScores()) {
            if (score.getLevel() != null && !scored.add(score.getLevel())) {
                report.error(SchemeValidator.LEVEL_SCORE_SHAPE, score, "level " + score.getLevel()
                        + " is scored more than once");
            }
            boolean hasPoints = score.getPoints() != null;
            boolean hasFact = score.getPointsFact() != null;
            if (hasPoints == hasFact) {
                report.error(SchemeValidator.LEVEL_SCORE_SHAPE, score, hasPoints
                        ? "has both points and a pointsFact; give one"
                        : "has neither points nor a pointsFact; give one");
            }
            nonNegative(report, score, "points", score.getPoints());
            if (hasFact) {
                fact(report, score, "pointsFact", score.getPointsFact(), EnumSet.of(POINTS));
            }
        }
        if (fact == null || fact.getType() != LEVEL) {
            return;
        }
        Set<String> defined = new HashSet<>();
        for (LevelDefinition level : fact.getLevels()) {
            defined.add(level.getCode());
            if (!scored.contains(level.getCode())) {
                report.error(SchemeValidator.LEVEL_WITHOUT_SCORE, r, "fact " + fact.getId() + " has level "
                        + level.getCode() + ", which the rule does not score");
            }
        }
        for (LevelScore score : r.getScores()) {
            if (score.getLevel() != null && !defined.contains(score.getLevel())) {
                report.error(SchemeValidator.UNKNOWN_LEVEL, score, "fact " + fact.getId() + " has no level "
                        + score.getLevel() + " (its levels: " + String.join(", ", fact.getLevels().stream()
                                .map(LevelDefinition::getCode).toList()) + ")");
            }
        }
    }

    private static void stepDown(StepDownRule r, Report report) {
        fact(report, r, "fact", r.getFact(), QUANTITY);
        nonNegative(report, r, "full", r.getFull());
        if (r.getFloor() != null && r.getThreshold() != null && r.getFloor().compareTo(r.getThreshold()) > 0) {
            report.error(SchemeValidator.STEP_DOWN_PARAMETERS, r, "floor " + num(r.getFloor())
                    + " is above threshold " + num(r.getThreshold()) + "; must be ≤");
        }
        if (r.getStep() != null && r.getStep().signum() <= 0) {
            report.error(SchemeValidator.STEP_DOWN_PARAMETERS, r, "step is " + num(r.getStep()) + ", must be > 0");
        }
        if (r.getDecrement() != null && r.getDecrement().signum() < 0) {
            report.error(SchemeValidator.STEP_DOWN_PARAMETERS, r, "decrement is " + num(r.getDecrement())
                    + ", must be ≥ 0");
        }
    }

    private static void survey(SurveyRule r, Report report) {
        fact(report, r, "fallbackFact", r.getFallbackFact(), EnumSet.of(POINTS));
        maxIsFactMax(report, r, r.getMax(), r.getFallbackFact(), false);
        Scheme scheme = EcoreUtil.getRootContainer(r) instanceof Scheme s ? s : null;
        if (r.getQuestionnaire() != null && scheme != null && r.getQuestionnaire() != scheme.getQuestionnaire()) {
            report.error(SchemeValidator.FOREIGN_QUESTIONNAIRE, r,
                    "its questionnaire is not this scheme's questionnaire");
        }
    }

    /** A discretionary/external rule's max is its fact's max (an error otherwise); a survey's should be. */
    private static void maxIsFactMax(Report report, Rule r, BigDecimal max, FactDefinition fact, boolean strict) {
        nonNegative(report, r, "max", max);
        if (max == null || fact == null || fact.eIsProxy() || fact.getMax() == null) {
            return;
        }
        if (max.compareTo(fact.getMax()) != 0) {
            String message = "max is " + num(max) + ", but fact " + fact.getId() + " has max " + num(fact.getMax());
            if (strict) {
                report.error(SchemeValidator.RULE_MAX_NOT_FACT_MAX, r, message);
            } else {
                report.warning(SchemeValidator.RULE_MAX_NOT_FACT_MAX, r, message);
            }
        }
    }

    /**
     * Reports a reference to a fact that is not among the scheme's facts (an unresolved id or a fact of
     * another model) or whose type the reader cannot use. Returns the fact when it is defined.
     */
    static FactDefinition fact(Report report, EObject reader, String role, FactDefinition fact, Set<FactType> allowed) {
        if (fact == null) {
            return null; // unset: reported as a missing required value where the reference is required
        }
        if (fact.eIsProxy() || !isSchemeFact(reader, fact)) {
            report.error(SchemeValidator.UNDEFINED_FACT, reader, role + " " + Labels.factId(fact)
                    + " is not defined in the scheme's facts");
            return null;
        }
        if (!allowed.contains(fact.getType())) {
            report.error(SchemeValidator.FACT_TYPE_MISMATCH, reader, role + " " + fact.getId() + " is "
                    + fact.getType().getLiteral() + ", but must be " + String.join(" or ",
                            allowed.stream().map(FactType::getLiteral).toList()));
        }
        return fact;
    }

    private static boolean isSchemeFact(EObject reader, FactDefinition fact) {
        EObject root = EcoreUtil.getRootContainer(reader);
        return fact.eContainer() == root && fact.eContainingFeature() == SchemePackage.Literals.SCHEME__FACTS;
    }
}
