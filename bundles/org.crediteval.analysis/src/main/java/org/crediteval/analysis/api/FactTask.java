package org.crediteval.analysis.api;

import java.util.List;

/**
 * One fact a unit must provide.
 *
 * @param missingFor the subjects that have not supplied it, in subject order (empty when not checked or complete)
 */
public record FactTask(FactInfo fact, List<String> missingFor) {
    public FactTask {
        missingFor = List.copyOf(missingFor);
    }
}
