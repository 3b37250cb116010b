package org.crediteval.engine.internal;

import java.util.List;

/**
 * Evidence after it passed the binder: subjects in input order, each with its typed facts. Each subject is
 * handed out once, so that its facts can be collected as soon as it is scored: with 10,000 subjects of 139 facts
 * they would otherwise stay live, beside the growing result, for the whole run.
 */
final class BoundEvidence {
    private final SubjectFacts[] subjects;

    BoundEvidence(List<SubjectFacts> subjects) {
        this.subjects = subjects.toArray(SubjectFacts[]::new);
    }

    int size() {
        return subjects.length;
    }

    /** The subject at {@code index}, once; the evidence lets go of it. */
    SubjectFacts take(int index) {
        SubjectFacts subject = subjects[index];
        subjects[index] = null;
        return subject;
    }
}
