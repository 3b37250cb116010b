package org.crediteval.api.store;

import java.time.Instant;

/**
 * A source document (佐证材料) attached to one fact of one subject. The content is stored once per SHA-256
 * beside the database, however often it is attached.
 *
 * @param sha256 lower-case hex
 * @param stored where the content lies ({@code <db>.files/ab/cdef…})
 */
public record AttachedDocument(long id, long assessmentId, String subject, String factId, String originalName,
        long size, String sha256, java.nio.file.Path stored, String attachedBy, Instant attachedAt) {
}
