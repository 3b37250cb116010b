package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Scheme;

/**
 * Checks raw facts against the pack's fact definitions and types them per subject. Collects every problem
 * before failing, so one run tells the user everything that is wrong with the file.
 */
final class EvidenceBinder {
    private final FactIndex index;

    EvidenceBinder(FactIndex index) {
        this.index = index;
    }

    BoundEvidence bind(Evidence evidence) throws EvidenceException {
        List<EvidenceProblem> problems = new ArrayList<>();
        Map<String, SubjectFacts> bySubject = new LinkedHashMap<>();
        for (String subject : evidence.subjects()) bySubject.put(subject, SubjectFacts.empty(subject, index));

        for (RawFact raw : evidence.facts()) {
            SubjectFacts facts = bySubject.computeIfAbsent(raw.subject(), s -> SubjectFacts.empty(s, index));
            int position = index.of(raw.factId());
            if (position < 0) {
                Scheme scheme = index.scheme();
                problems.add(problem(raw, "unknown fact id: pack " + scheme.getId() + " " + scheme.getVersion()
                        + " defines no such fact"));
                continue;
            }
            TypedFact first = facts.values()[position];
            if (first != null) {
                problems.add(problem(raw, "fact given twice for this subject: at " + first.raw().location()
                        + " and at " + raw.location()));
                continue;
            }
            FactDefinition def = index.at(position);
            try {
                facts.values()[position] = new TypedFact(def, ValueParser.parse(def, raw.value()), raw);
            } catch (ValueParser.BadValue e) {
                problems.add(problem(raw, e.getMessage()));
                // kept without a value so that a repeat of the line is still reported; nothing is scored anyway
                facts.values()[position] = new TypedFact(def, null, raw);
            }
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return new BoundEvidence(new ArrayList<>(bySubject.values()));
    }

    private static EvidenceProblem problem(RawFact raw, String message) {
        return new EvidenceProblem(raw.location(), raw.subject(), raw.factId(), raw.value(), message);
    }
}
