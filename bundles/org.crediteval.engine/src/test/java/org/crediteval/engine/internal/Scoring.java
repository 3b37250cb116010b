package org.crediteval.engine.internal;

import java.util.Map;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;

/** Runs the engine as a service user would and finds parts of the result by id. */
final class Scoring {
    private Scoring() {
    }

    static ScoreResult run(TestScheme scheme, TestEvidence evidence, Map<String, SurveyOutcome> surveys) {
        try {
            return new DefaultScoringEngine().score(scheme.pack(), evidence.build(), surveys);
        } catch (EvidenceException e) {
            throw new AssertionError("unexpected evidence problems: " + e.problems(), e);
        }
    }

    static SubjectResult first(TestScheme scheme, TestEvidence evidence) {
        return run(scheme, evidence, Map.of()).subjects().get(0);
    }

    static ItemResult item(SubjectResult subject, String id) {
        for (DimensionResult d : subject.dimensions()) {
            for (IndicatorResult i : d.indicators()) {
                for (ItemResult item : i.items()) {
                    if (item.id().equals(id)) return item;
                }
            }
        }
        throw new AssertionError("no item " + id);
    }

    static IndicatorResult indicator(SubjectResult subject, String id) {
        for (DimensionResult d : subject.dimensions()) {
            for (IndicatorResult i : d.indicators()) {
                if (i.id().equals(id)) return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    /** Scores one fact value against a scheme and returns the item with the fact's id. */
    static ItemResult itemFor(TestScheme scheme, String factId, String value) {
        return item(first(scheme, TestEvidence.of("茂名市").fact(factId, value)), factId);
    }
}
