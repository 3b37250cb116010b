package org.crediteval.api.store;

import java.util.List;

/**
 * What one import did.
 *
 * @param revision  the assessment's evidence revision after the import (unchanged when nothing changed)
 * @param unchanged facts given with the content they already had: not touched, not in the trail
 * @param changes   the audit entries written, in input order
 */
public record ImportResult(long importId, long revision, int added, int changed, int unchanged,
        List<FactChange> changes) {
    public ImportResult {
        changes = List.copyOf(changes);
    }
}
