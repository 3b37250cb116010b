package org.crediteval.engine.internal;

import org.crediteval.model.scheme.FactDefinition;

/** The checked facts of one subject, at their scheme positions; an absent fact is a null slot. */
record SubjectFacts(String subject, FactIndex index, TypedFact[] values) {
    static SubjectFacts empty(String subject, FactIndex index) {
        return new SubjectFacts(subject, index, new TypedFact[index.size()]);
    }

    TypedFact get(FactDefinition def) {
        return at(index.of(def));
    }

    TypedFact get(String factId) {
        return at(index.of(factId));
    }

    private TypedFact at(int position) {
        return position < 0 ? null : values[position];
    }
}
