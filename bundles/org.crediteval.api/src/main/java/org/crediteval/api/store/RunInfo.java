package org.crediteval.api.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored score run.
 *
 * @param evidenceRevision the evidence revision it scored; -1 for a run stored before the store kept revisions
 *                         (schema 1), whose evidence is unknown
 * @param itemCount        item rows stored (all subjects)
 * @param meanTotal        the mean of the subjects' totals rounded half-up to 4 places (null without subjects), for listings
 */
public record RunInfo(long id, long assessmentId, String packId, String packVersion, long evidenceRevision,
        Instant createdAt, String createdBy, int subjectCount, int itemCount, BigDecimal meanTotal) {
    public boolean evidenceKnown() {
        return evidenceRevision >= 0;
    }
}
