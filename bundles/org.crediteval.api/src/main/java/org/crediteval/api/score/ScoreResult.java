package org.crediteval.api.score;

import java.util.List;

/** A whole scoring run: the pack used and one result per subject, in input order. */
public record ScoreResult(PackRef pack, List<SubjectResult> subjects) {
    public ScoreResult {
        subjects = List.copyOf(subjects);
    }

    public record PackRef(String id, String version) {
    }
}
