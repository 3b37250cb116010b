package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
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

    /** the id at each position */
    private final String[] ids;
    /** the shared values of a bool fact at each position, true and false; null for other types */
    private final TypedFact[] yes;
    private final TypedFact[] no;

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
        ids = definitions.stream().map(FactDefinition::getId).toArray(String[]::new);
        yes = new TypedFact[ids.length];
        no = new TypedFact[ids.length];
        for (int i = 0; i < ids.length; i++) {
            FactDefinition def = definitions.get(i);
            if (def.getType() == FactType.BOOL) {
                yes[i] = TypedFact.bool(def, true);
                no[i] = TypedFact.bool(def, false);
            }
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

    /**
     * {@link #of(String)}, trying the position after {@code previous} first: facts mostly arrive in scheme order.
     * A listed definition's id names only its own position, so a match there is the answer.
     */
    int next(String factId, int previous) {
        if (factId != null) {
            // the next position, or one or two further on when the file leaves facts out
            int last = Math.min(previous + 3, ids.length - 1);
            for (int guess = previous + 1; guess <= last; guess++) {
                if (factId.equals(ids[guess])) return guess;
            }
        }
        return of(factId);
    }

    /** @return the position, or -1 for a definition outside the scheme */
    int of(FactDefinition def) {
        Integer position = byDefinition.get(def);
        return position == null ? of(def.getId()) : position;
    }

    FactDefinition at(int position) {
        return definitions.get(position);
    }

    /** The raw value typed against the definition at {@code position} ({@link ValueParser#bind}). */
    TypedFact bind(int position, org.crediteval.api.evidence.RawFact raw) throws ValueParser.BadValue {
        return ValueParser.bind(definitions.get(position), raw, yes[position], no[position]);
    }
}
