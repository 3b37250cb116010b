package org.crediteval.model.validation;

import static org.crediteval.model.validation.Labels.num;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;

/** An indicator against its items and cap groups. */
final class IndicatorChecks {

    private IndicatorChecks() {
    }

    static void check(Indicator indicator, Report report) {
        SchemeChecks.nonNegative(report, indicator, "max", indicator.getMax());
        if (indicator.getMax() == null) {
            return; // reported as a missing required value
        }
        for (Item item : indicator.getItems()) {
            Optional<BigDecimal> ruleMax = item.getRule() == null ? Optional.empty() : RuleMaxima.ruleMax(item.getRule());
            if (ruleMax.isPresent() && ruleMax.get().compareTo(indicator.getMax()) > 0) {
                report.warning(SchemeValidator.RULE_EXCEEDS_INDICATOR, item, "its rule gives up to "
                        + num(ruleMax.get()) + ", above the indicator max " + num(indicator.getMax())
                        + " (the indicator caps it)");
            }
        }
        BigDecimal sum;
        try {
            sum = sumOfItemMaxima(indicator);
        } catch (IllegalArgumentException unbounded) {
            return; // an item of another indicator without any max: reported there
        }
        if (sum.compareTo(indicator.getMax()) > 0) {
            report.warning(SchemeValidator.ITEMS_EXCEED_INDICATOR, indicator, "its items' maxima sum to "
                    + num(sum) + ", above the indicator max " + num(indicator.getMax())
                    + " (the indicator caps the score)");
        }
    }

    static void check(CapGroup group, Report report) {
        SchemeChecks.nonNegative(report, group, "max", group.getMax());
        for (Item item : group.getItems()) {
            if (item.eContainer() != group.eContainer()) {
                report.error(SchemeValidator.CAP_GROUP_OUTSIDE_INDICATOR, group, "holds " + Labels.of(item)
                        + ", which belongs to " + Labels.of(item.eContainer()) + ", not to this indicator");
            }
        }
    }

    /** Items' maxima summed, each cap group counting at most its own max. */
    private static BigDecimal sumOfItemMaxima(Indicator indicator) {
        BigDecimal sum = BigDecimal.ZERO;
        Set<Item> grouped = new HashSet<>();
        for (CapGroup group : indicator.getCapGroups()) {
            BigDecimal groupSum = BigDecimal.ZERO;
            for (Item item : group.getItems()) {
                grouped.add(item);
                groupSum = groupSum.add(RuleMaxima.itemMax(item));
            }
            sum = sum.add(group.getMax() == null ? groupSum : groupSum.min(group.getMax()));
        }
        for (Item item : indicator.getItems()) {
            if (!grouped.contains(item)) {
                sum = sum.add(RuleMaxima.itemMax(item));
            }
        }
        return sum;
    }
}
