package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one subject's scoring noticed besides scores: absent facts and warnings. */
final class SubjectLog {
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    void missing(List<String> factIds) {
        missing.addAll(factIds);
    }

    void warn(String itemId, String message) {
        warnings.add(itemId + ": " + message);
    }

    /** Missing fact ids in the order of {@code Scheme.facts}, each once. */
    List<String> missing(ScoringPlan plan) {
        List<String> ordered = new ArrayList<>(missing);
        ordered.sort(Comparator.comparingInt(plan::factOrder));
        return ordered;
    }

    List<String> warnings() {
        return warnings;
    }
}
