package org.crediteval.engine.internal;

import java.util.List;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.osgi.service.component.annotations.Component;

/**
 * The scoring service: binds the evidence to the pack's fact definitions (all problems at once, nothing scored
 * on any), then scores each subject in input order. Stateless; the pack's scheme is only read.
 */
@Component(service = ScoringEngine.class)
public class DefaultScoringEngine implements ScoringEngine {

    @Override
    public ScoreResult score(RulePack pack, Evidence evidence, Map<String, SurveyOutcome> surveys)
            throws EvidenceException {
        ScoringPlan plan = new ScoringPlan(pack.scheme());
        BoundEvidence bound = new EvidenceBinder(plan.index()).bind(evidence);
        SubjectScorer scorer = new SubjectScorer(plan);
        Map<String, SurveyOutcome> outcomes = surveys == null ? Map.of() : surveys;
        SubjectResult[] results = new SubjectResult[bound.size()];
        for (int i = 0; i < results.length; i++) {
            SubjectFacts subject = bound.take(i);
            results[i] = scorer.score(subject, outcomes.isEmpty() ? null : outcomes.get(subject.subject()));
        }
        return new ScoreResult(new ScoreResult.PackRef(pack.id(), pack.version()), List.of(results));
    }
}
