package org.crediteval.api.evidence;

/**
 * One fact of one subject exactly as the file gave it; typing and range checks happen against a pack.
 *
 * @param value  the text of the value, trimmed; never null
 * @param source who or what document provided it (may be empty)
 * @param note   free text; for a discretionary points fact, the expert's justification (may be empty)
 */
public record RawFact(String subject, String factId, String value, String source, String note, Location location) {
}
