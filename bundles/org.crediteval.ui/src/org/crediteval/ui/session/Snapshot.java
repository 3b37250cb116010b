package org.crediteval.ui.session;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;

/** One scored state: which file, which pack, what came out. Immutable. */
public record Snapshot(Path file, Evidence evidence, RulePack pack, ScoreResult result) {

    /** Subjects by total, highest first; ties keep input order. */
    public List<SubjectResult> ranking() {
        return result.subjects().stream()
                .sorted(Comparator.comparing(SubjectResult::total, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
                .toList();
    }
}
