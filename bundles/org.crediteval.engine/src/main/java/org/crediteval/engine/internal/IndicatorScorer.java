package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.num;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;

/**
 * An indicator's score: items summed, each cap group's sum capped at the group max, the whole capped at the
 * indicator max. Item scores are kept as their rules give them (as for an indicator whose items exceed its max,
 * gd 3.2); a group whose cap applies says so in each of its items' explanations. An item listed in two groups
 * counts in the first only.
 */
final class IndicatorScorer {

    /** @param items the item results in model order, in {@code items[0 .. plan.items.length)}; may be rewritten */
    IndicatorResult score(ScoringPlan.IndicatorPlan indicator, ItemResult[] items) {
        int n = indicator.items.length;
        BigDecimal sum = BigDecimal.ZERO;
        if (indicator.groups.length == 0) {
            for (int i = 0; i < n; i++) sum = Decimals.plus(sum, items[i].score());
            return result(indicator, sum, items, n);
        }
        for (int g = 0; g < indicator.groups.length; g++) {
            int[] members = indicator.groups[g];
            BigDecimal groupSum = BigDecimal.ZERO;
            for (int i : members) groupSum = Decimals.plus(groupSum, items[i].score());
            BigDecimal cap = indicator.groupMax[g];
            if (groupSum.compareTo(cap) > 0) {
                note(items, members, groupSum, cap);
                groupSum = cap;
            }
            sum = Decimals.plus(sum, groupSum);
        }
        for (int i : indicator.ungrouped) sum = Decimals.plus(sum, items[i].score());
        return result(indicator, sum, items, n);
    }

    private static IndicatorResult result(ScoringPlan.IndicatorPlan indicator, BigDecimal sum, ItemResult[] items,
            int n) {
        BigDecimal score = indicator.mayExceedMax ? Decimals.min(sum, indicator.max) : sum;
        return new IndicatorResult(indicator.id, indicator.name, score, indicator.max, listOf(items, n));
    }

    /**
     * An immutable list of {@code values[0 .. n)}, which {@code List.copyOf} in the result records keeps as it is.
     * Up to ten elements go through the fixed-arity {@code List.of}, which keeps its one array rather than copying.
     */
    static <T> List<T> listOf(T[] v, int n) {
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(v[0]);
            case 2 -> List.of(v[0], v[1]);
            case 3 -> List.of(v[0], v[1], v[2]);
            case 4 -> List.of(v[0], v[1], v[2], v[3]);
            case 5 -> List.of(v[0], v[1], v[2], v[3], v[4]);
            case 6 -> List.of(v[0], v[1], v[2], v[3], v[4], v[5]);
            case 7 -> List.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            case 8 -> List.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            case 9 -> List.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            case 10 -> List.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
            default -> List.of(Arrays.copyOf(v, n));
        };
    }

    private static void note(ItemResult[] results, int[] members, BigDecimal groupSum, BigDecimal cap) {
        StringBuilder ids = new StringBuilder();
        for (int i : members) {
            if (!ids.isEmpty()) ids.append('、');
            ids.append(results[i].id());
        }
        String text = "；同组 " + ids + " 合计 " + num(groupSum) + "，封顶 " + num(cap);
        for (int i : members) {
            ItemResult r = results[i];
            results[i] = new ItemResult(r.id(), r.label(), r.score(), r.max(), r.explanation() + text, r.facts());
        }
    }
}
