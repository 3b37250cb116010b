package org.crediteval.api.store;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param revision the evidence revision this change created (increasing over the whole database)
 * @param importId the import that made it
 * @param before   null when the fact was added
 * @param after    null when the fact was removed
 */
public record FactChange(long revision, long importId, String subject, String factId, FactValue before,
        FactValue after, String user, Instant at, String reason) {
}
