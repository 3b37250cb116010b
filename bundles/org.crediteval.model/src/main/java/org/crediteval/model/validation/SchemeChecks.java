package org.crediteval.model.validation;

import static org.crediteval.model.validation.Labels.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Scheme;
import org.eclipse.emf.ecore.EObject;

/** Checks of the whole scheme (ids, totals, unused facts) and of each dimension's total. */
final class SchemeChecks {

    private SchemeChecks() {
    }

    static void check(Scheme scheme, Report report) {
        List<Dimension> dimensions = scheme.getDimensions();
        List<Indicator> indicators = dimensions.stream().flatMap(d -> d.getIndicators().stream()).toList();
        List<Item> items = indicators.stream().flatMap(i -> i.getItems().stream()).toList();

        unique(report, "dimension", dimensions, Dimension::getId);
        unique(report, "indicator", indicators, Indicator::getId);
        unique(report, "item", items, Item::getId);
        unique(report, "fact", scheme.getFacts(), FactDefinition::getId);

        nonNegative(report, scheme, "baseMax", scheme.getBaseMax());
        nonNegative(report, scheme, "bonusMax", scheme.getBonusMax());
        BigDecimal base = sumOfMax(dimensions.stream().filter(d -> !d.isBonus()).toList());
        if (scheme.getBaseMax() != null && base.compareTo(scheme.getBaseMax()) != 0) {
            report.error(SchemeValidator.BASE_MAX_MISMATCH, scheme, "the non-bonus dimensions' maxima sum to "
                    + num(base) + ", but baseMax is " + num(scheme.getBaseMax()));
        }
        BigDecimal bonus = sumOfMax(dimensions.stream().filter(Dimension::isBonus).toList());
        if (scheme.getBonusMax() != null && bonus.compareTo(scheme.getBonusMax()) != 0) {
            report.error(SchemeValidator.BONUS_MAX_MISMATCH, scheme, "the bonus dimensions' maxima sum to "
                    + num(bonus) + ", but bonusMax is " + num(scheme.getBonusMax()));
        }

        Set<FactDefinition> used = new HashSet<>();
        items.forEach(item -> used.addAll(RuleMaxima.factsOf(item)));
        for (FactDefinition fact : scheme.getFacts()) {
            if (!used.contains(fact)) {
                report.warning(SchemeValidator.UNUSED_FACT, fact, "no item reads this fact");
            }
        }
    }

    static void check(Dimension dimension, Report report) {
        nonNegative(report, dimension, "max", dimension.getMax());
        BigDecimal sum = sumOfMax(dimension.getIndicators());
        if (dimension.getMax() != null && sum.compareTo(dimension.getMax()) != 0) {
            report.error(SchemeValidator.DIMENSION_MAX_MISMATCH, dimension, "its indicators' maxima sum to "
                    + num(sum) + ", but the dimension max is " + num(dimension.getMax()));
        }
    }

    static void nonNegative(Report report, EObject where, String what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            report.error(SchemeValidator.NEGATIVE_NUMBER, where, what + " is " + num(value) + ", must be ≥ 0");
        }
    }

    private static BigDecimal sumOfMax(List<? extends EObject> elements) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EObject e : elements) {
            BigDecimal max = e instanceof Dimension d ? d.getMax() : ((Indicator) e).getMax();
            if (max != null) {
                sum = sum.add(max);
            }
        }
        return sum;
    }

    /** Reports each id used by more than one element, once, at its second and later users. */
    static <T extends EObject> void unique(Report report, String kind, List<T> elements, Function<T, Object> id) {
        Set<Object> seen = new HashSet<>();
        for (T element : elements) {
            Object key = id.apply(element);
            if (key != null && !seen.add(key)) {
                report.error(SchemeValidator.DUPLICATE_ID, element, "the " + kind + " id " + key
                        + " is used more than once");
            }
        }
    }
}
