package org.crediteval.analysis.api;

import java.util.List;

/**
 * What one responsible unit must provide.
 *
 * @param missing the number of (fact, subject) pairs still missing among this unit's facts
 */
public record UnitTasks(String unit, List<IndicatorTask> indicators, int facts, int missing) {
    public UnitTasks {
        indicators = List.copyOf(indicators);
    }
}
