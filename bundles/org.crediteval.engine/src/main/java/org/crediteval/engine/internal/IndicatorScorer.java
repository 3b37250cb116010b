package org.crediteval.engine.internal;

import static org.crediteval.engine.internal.Text.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;

/**
 * An indicator's score: items summed, each cap group's sum capped at the group max, the whole capped at the
 * indicator max. Item scores are kept as their rules give them (as for an indicator whose items exceed its max,
 * gd 3.2); a group whose cap applies says so in each of its items' explanations. An item listed in two groups
 * counts in the first only.
 */
final class IndicatorScorer {

    IndicatorResult score(Indicator indicator, List<ItemResult> items) {
        if (indicator.getCapGroups().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ItemResult item : items) sum = sum.add(item.score());
            return result(indicator, sum, items);
        }
        List<Item> model = indicator.getItems();
        List<ItemResult> results = new ArrayList<>(items);
        boolean[] grouped = new boolean[model.size()];
        BigDecimal sum = BigDecimal.ZERO;

        for (CapGroup group : indicator.getCapGroups()) {
            List<Integer> members = new ArrayList<>();
            BigDecimal groupSum = BigDecimal.ZERO;
            for (int i = 0; i < model.size(); i++) {
                if (!grouped[i] && group.getItems().contains(model.get(i))) {
                    grouped[i] = true;
                    members.add(i);
                    groupSum = groupSum.add(results.get(i).score());
                }
            }
            if (groupSum.compareTo(group.getMax()) > 0) {
                note(results, members, groupSum, group.getMax());
                groupSum = group.getMax();
            }
            sum = sum.add(groupSum);
        }
        for (int i = 0; i < model.size(); i++) {
            if (!grouped[i]) sum = sum.add(results.get(i).score());
        }
        return result(indicator, sum, results);
    }

    private static IndicatorResult result(Indicator indicator, BigDecimal sum, List<ItemResult> items) {
        return new IndicatorResult(indicator.getId(), indicator.getName(), Decimals.min(sum, indicator.getMax()),
                indicator.getMax(), items);
    }

    private static void note(List<ItemResult> results, List<Integer> members, BigDecimal groupSum, BigDecimal cap) {
        List<String> ids = members.stream().map(i -> results.get(i).id()).toList();
        String text = "；同组 " + String.join("、", ids) + " 合计 " + num(groupSum) + "，封顶 " + num(cap);
        for (int i : members) {
            ItemResult r = results.get(i);
            results.set(i, new ItemResult(r.id(), r.label(), r.score(), r.max(), r.explanation() + text, r.facts()));
        }
    }
}
