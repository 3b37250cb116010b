package org.crediteval.api.score;

import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.RulePack;
import org.osgi.annotation.versioning.ProviderType;

/** Scores the subjects of some evidence against one pack. Independent of any file format. */
@ProviderType
public interface ScoringEngine {
    /**
     * @param surveys questionnaire outcomes by subject, for packs with a survey item (empty when the run has none)
     * @throws EvidenceException when any fact is unknown to the pack, repeated, of the wrong type or out of
     *                           range; all such problems are reported at once and nothing is scored
     */
    ScoreResult score(RulePack pack, Evidence evidence, Map<String, SurveyOutcome> surveys) throws EvidenceException;

    default ScoreResult score(RulePack pack, Evidence evidence) throws EvidenceException {
        return score(pack, evidence, Map.of());
    }
}
