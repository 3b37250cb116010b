package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Scheme;

/**
 * The scheme's facts by position in {@code Scheme.facts}: a subject's facts live in an array in that order
 * (compact and quick to read for tens of thousands of subjects), and {@code missing} is sorted by it.
 */
final class FactIndex {
    private final Scheme scheme;
    private final List<FactDefinition> definitions = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<FactDefinition, Integer> byDefinition = new IdentityHashMap<>();

    FactIndex(Scheme scheme) {
        this.scheme = scheme;
        for (FactDefinition def : scheme.getFacts()) {
            // a repeated id (the validator's finding) shares the first one's position
            Integer position = byId.get(def.getId());
            if (position == null) {
                position = definitions.size();
                definitions.add(def);
                byId.put(def.getId(), position);
            }
            byDefinition.put(def, position);
        }
    }

    Scheme scheme() {
        return scheme;
    }

    int size() {
        return definitions.size();
    }

    /** @return the position, or -1 when the scheme defines no such fact */
    int of(String factId) {
        Integer position = byId.get(factId);
        return position == null ? -1 : position;
    }

    /** @return the position, or -1 for a definition outside the scheme */
    int of(FactDefinition def) {
        Integer position = byDefinition.get(def);
        return position == null ? of(def.getId()) : position;
    }

    FactDefinition at(int position) {
        return definitions.get(position);
    }
}
