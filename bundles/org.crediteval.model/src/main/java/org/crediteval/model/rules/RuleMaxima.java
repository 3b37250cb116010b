package org.crediteval.model.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * Rule and item maxima, and the facts an item reads, exactly as docs/conventions.md defines them.
 * Missing numbers (an invalid model) count as zero here; the validator reports them.
 */
public final class RuleMaxima {

    private RuleMaxima() {
    }

    /**
     * The most points {@code rule} can give: check → points; per-unit → cap (empty when uncapped);
     * ratio → points; bands → the highest band (the largest band points); level → the highest level's points, a
     * {@code pointsFact} level counting its fact's max; step-down → full; deduction → full;
     * discretionary / external / survey → max.
     */
    public static Optional<BigDecimal> ruleMax(Rule rule) {
        return switch (rule) {
            case CheckRule r -> Optional.of(orZero(r.getPoints()));
            case PerUnitRule r -> Optional.ofNullable(r.getCap());
            case RatioRule r -> Optional.of(orZero(r.getPoints()));
            case BandsRule r -> Optional.of(r.getBands().stream().map(b -> orZero(b.getPoints()))
                    .reduce(BigDecimal.ZERO, BigDecimal::max));
            case LevelRule r -> Optional.of(r.getScores().stream().map(RuleMaxima::levelMax)
                    .reduce(BigDecimal.ZERO, BigDecimal::max));
            case StepDownRule r -> Optional.of(orZero(r.getFull()));
            case DeductionRule r -> Optional.of(orZero(r.getFull()));
            case DiscretionaryRule r -> Optional.of(orZero(r.getMax()));
            case ExternalRule r -> Optional.of(orZero(r.getMax()));
            case SurveyRule r -> Optional.of(orZero(r.getMax()));
            default -> throw new IllegalArgumentException("unknown rule kind " + rule.eClass().getName());
        };
    }

    /** A level's points, or its points fact's max when the level is scored by an expert. */
    public static BigDecimal levelMax(LevelScore score) {
        if (score.getPointsFact() != null) {
            return orZero(score.getPointsFact().getMax());
        }
        return orZero(score.getPoints());
    }

    /**
     * The most points {@code item} can contribute: the smallest of its rule maximum, the max of every cap
     * group holding it and its indicator's max.
     *
     * @throws IllegalArgumentException when nothing bounds the item (an uncapped rule outside any indicator)
     */
    public static BigDecimal itemMax(Item item) {
        BigDecimal max = item.getRule() == null ? BigDecimal.ZERO : ruleMax(item.getRule()).orElse(null);
        for (CapGroup group : capGroupsOf(item)) {
            max = min(max, group.getMax());
        }
        if (item.eContainer() instanceof Indicator indicator) {
            max = min(max, indicator.getMax());
        }
        if (max == null) {
            throw new IllegalArgumentException("item " + item.getId() + " has no maximum: its rule is uncapped"
                    + " and neither a cap group nor an indicator bounds it");
        }
        return max;
    }

    /**
     * The cap groups that hold {@code item}, searched in the whole scheme (a group is meant to sit in the
     * item's own indicator; the validator reports one that does not).
     */
    public static List<CapGroup> capGroupsOf(Item item) {
        List<CapGroup> groups = new ArrayList<>();
        for (Indicator indicator : indicatorsAround(item)) {
            for (CapGroup group : indicator.getCapGroups()) {
                if (group.getItems().contains(item)) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /**
     * The facts {@code item} reads, each once, in this order: the rule's facts (ratio: actual then target;
     * deduction rule: its deductions' facts; level: the fact then the levels' points facts; survey: the
     * fallback fact), then the gates' facts, then the item's deductions' facts. Unset references are
     * skipped; an unresolved reference appears as its proxy.
     */
    public static List<FactDefinition> factsOf(Item item) {
        Set<FactDefinition> facts = new LinkedHashSet<>();
        if (item.getRule() != null) {
            ruleFacts(item.getRule(), facts);
        }
        for (Gate gate : item.getGates()) {
            add(facts, gate.getFact());
        }
        for (Deduction deduction : item.getDeductions()) {
            add(facts, deduction.getFact());
        }
        return List.copyOf(facts);
    }

    private static void ruleFacts(Rule rule, Set<FactDefinition> facts) {
        switch (rule) {
            case CheckRule r -> add(facts, r.getFact());
            case PerUnitRule r -> add(facts, r.getFact());
            case RatioRule r -> {
                add(facts, r.getActual());
                add(facts, r.getTarget());
            }
            case BandsRule r -> add(facts, r.getFact());
            case LevelRule r -> {
                add(facts, r.getFact());
                r.getScores().forEach(s -> add(facts, s.getPointsFact()));
            }
            case StepDownRule r -> add(facts, r.getFact());
            case DeductionRule r -> r.getDeductions().forEach(d -> add(facts, d.getFact()));
            case DiscretionaryRule r -> add(facts, r.getFact());
            case ExternalRule r -> add(facts, r.getFact());
            case SurveyRule r -> add(facts, r.getFallbackFact());
            default -> throw new IllegalArgumentException("unknown rule kind " + rule.eClass().getName());
        }
    }

    private static List<Indicator> indicatorsAround(Item item) {
        if (!(item.eContainer() instanceof Indicator own)) {
            return List.of();
        }
        if (own.eContainer() instanceof Dimension dimension && dimension.eContainer() instanceof Scheme scheme) {
            List<Indicator> all = new ArrayList<>();
            scheme.getDimensions().forEach(d -> all.addAll(d.getIndicators()));
            return all;
        }
        return List.of(own);
    }

    private static void add(Set<FactDefinition> facts, FactDefinition fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }

    /** null means "no bound yet"; a null bound is ignored. */
    private static BigDecimal min(BigDecimal current, BigDecimal bound) {
        if (bound == null) {
            return current;
        }
        return current == null ? bound : current.min(bound);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
