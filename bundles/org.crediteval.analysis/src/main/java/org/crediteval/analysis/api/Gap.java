package org.crediteval.analysis.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item below its maximum.
 *
 * @param obtainable the points this item alone could still add: its own headroom, limited by the headroom left
 *                   in its cap groups, indicator and dimension (3.2's second check adds nothing once the indicator
 *                   is full)
 * @param facts      the facts that would need to change, each with what to do
 * @param units      the responsible units of the item's indicator (empty without a scheme or when none is named)
 * @param missing    at least one of the item's facts was not supplied
 * @param limit      when an enclosing cap, not the item itself, bounds {@code obtainable}: that cap in Chinese
 *                   (e.g. {@code 附加分上限 10 分}); items with the same limit compete for the same points; else null
 */
public record Gap(String itemId, String label, String dimensionId, String dimensionName, String indicatorId,
        String indicatorName, BigDecimal score, BigDecimal max, BigDecimal obtainable, List<FactHint> facts,
        List<String> units, boolean missing, String explanation, String limit) {
    public Gap {
        facts = List.copyOf(facts);
        units = List.copyOf(units);
    }
}
