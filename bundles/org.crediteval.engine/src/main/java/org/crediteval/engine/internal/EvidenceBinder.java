package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.Scheme;

/**
 * Checks raw facts against the pack's fact definitions and types them per subject. Collects every problem
 * before failing, so one run tells the user everything that is wrong with the file.
 */
final class EvidenceBinder {
    private final FactIndex index;
    private Map<List<String>, RawFact> firstLines;

    EvidenceBinder(FactIndex index) {
        this.index = index;
    }

    BoundEvidence bind(Evidence evidence) throws EvidenceException {
        List<EvidenceProblem> problems = new ArrayList<>();
        Map<String, SubjectFacts> bySubject = new LinkedHashMap<>(Math.max(16, evidence.subjects().size() * 2));
        for (String subject : evidence.subjects()) bySubject.put(subject, SubjectFacts.empty(subject, index));

        // an importer hands a subject's facts over together, mostly in scheme order: both are tried before a lookup
        SubjectFacts facts = null;
        int position = -1;
        for (RawFact raw : evidence.facts()) {
            String subject = raw.subject();
            if (facts == null || !Objects.equals(facts.subject(), subject)) {
                facts = bySubject.get(subject);
                if (facts == null) {
                    facts = SubjectFacts.empty(subject, index);
                    bySubject.put(subject, facts);
                }
            }
            position = index.next(raw.factId(), position);
            if (position < 0) {
                Scheme scheme = index.scheme();
                problems.add(problem(raw, "unknown fact id: pack " + scheme.getId() + " " + scheme.getVersion()
                        + " defines no such fact"));
                continue;
            }
            TypedFact[] values = facts.values();
            if (values[position] != null) {
                problems.add(problem(raw, "fact given twice for this subject: at " + firstLine(evidence, raw).location()
                        + " and at " + raw.location()));
                continue;
            }
            try {
                values[position] = index.bind(position, raw);
            } catch (ValueParser.BadValue e) {
                problems.add(problem(raw, e.getMessage()));
                // kept without a value so that a repeat of the line is still reported; nothing is scored anyway
                values[position] = new TypedFact(index.at(position), null, raw);
            }
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return new BoundEvidence(new ArrayList<>(bySubject.values()));
    }

    /**
     * The first line giving the same subject and fact as {@code repeat}. Bool values do not keep their line (they
     * are shared), so repeats are looked up here, in an index of first lines built on the first repeat.
     */
    private RawFact firstLine(Evidence evidence, RawFact repeat) {
        if (firstLines == null) {
            firstLines = new HashMap<>();
            for (RawFact raw : evidence.facts()) firstLines.putIfAbsent(Arrays.asList(raw.subject(), raw.factId()), raw);
        }
        return firstLines.get(Arrays.asList(repeat.subject(), repeat.factId()));
    }

    private static EvidenceProblem problem(RawFact raw, String message) {
        return new EvidenceProblem(raw.location(), raw.subject(), raw.factId(), raw.value(), message);
    }
}
