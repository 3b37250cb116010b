package org.crediteval.api.store;

import java.time.Instant;

/** A fact as it stands now, with who entered its current content and when. */
public record StoredFact(String subject, String factId, FactValue content, String enteredBy, Instant enteredAt) {
}
