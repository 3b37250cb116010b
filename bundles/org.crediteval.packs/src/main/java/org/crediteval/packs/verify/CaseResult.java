package org.crediteval.packs.verify;

import java.util.List;

/**
 * One golden case's outcome.
 *
 * @param name       the case folder name
 * @param status     passed, failed, or skipped (a case this kit cannot run, e.g. one with questionnaire responses)
 * @param mismatches for a failure: one line per mismatch ({@code $.subjects[茂名市].base: expected 99, actual 98}) or
 *                   the reason the case could not be scored; for a skip: why
 */
public record CaseResult(String name, Status status, List<String> mismatches) {
    public enum Status { PASSED, FAILED, SKIPPED }

    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    @Override
    public String toString() {
        return name + ": " + status.name().toLowerCase(java.util.Locale.ROOT)
                + (mismatches.isEmpty() ? "" : "\n    " + String.join("\n    ", mismatches));
    }
}
