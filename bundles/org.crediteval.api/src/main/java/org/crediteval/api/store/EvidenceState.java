package org.crediteval.api.store;

import org.crediteval.api.evidence.Evidence;

/**
 * The evidence of an assessment at one revision. Score {@link #evidence()} and pass {@link #revision()} to
 * {@link AssessmentStore#storeRun} so that the run names exactly what it scored, even when another process
 * imports in between.
 */
public record EvidenceState(Evidence evidence, long revision) {
}
