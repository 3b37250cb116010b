package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;

/** Evidence as an importer would hand it over: lines of {@code e.csv} numbered from 2 (line 1 is the header). */
final class TestEvidence {
    static final String FILE = "e.csv";
    private final Set<String> subjects = new LinkedHashSet<>();
    private final List<RawFact> facts = new ArrayList<>();
    private String subject = "茂名市";

    static TestEvidence of(String subject) {
        TestEvidence e = new TestEvidence();
        e.subject(subject);
        return e;
    }

    TestEvidence subject(String name) {
        subject = name;
        subjects.add(name);
        return this;
    }

    TestEvidence fact(String factId, String value) {
        return fact(factId, value, "");
    }

    TestEvidence fact(String factId, String value, String note) {
        facts.add(new RawFact(subject, factId, value, "", note, Location.line(FILE, facts.size() + 2)));
        return this;
    }

    Evidence build() {
        return new Evidence(List.copyOf(subjects), facts);
    }
}
