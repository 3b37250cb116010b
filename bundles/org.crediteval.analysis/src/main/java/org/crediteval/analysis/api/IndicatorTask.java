package org.crediteval.analysis.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator in a unit's task list.
 *
 * @param sharedWith the indicator's other responsible units (the unit's partners for this evidence)
 */
public record IndicatorTask(String dimensionId, String dimensionName, String indicatorId, String indicatorName,
        BigDecimal max, List<String> sharedWith, List<FactTask> facts) {
    public IndicatorTask {
        sharedWith = List.copyOf(sharedWith);
        facts = List.copyOf(facts);
    }
}
