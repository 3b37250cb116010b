package org.crediteval.api.store;

import java.time.Instant;
import java.util.List;

/**
 * One assessment: a named evaluation of some subjects against one pack for one year.
 *
 * @param id          the store's number for it; commands accept the id or the name
 * @param packVersion the pack version the assessment is pinned to (runs record the version they really used)
 * @param subjects    in the order given at creation, then in the order added
 */
public record Assessment(long id, String name, String packId, String packVersion, int year, List<String> subjects,
        Instant createdAt, String createdBy) {
    public Assessment {
        subjects = List.copyOf(subjects);
    }
}
