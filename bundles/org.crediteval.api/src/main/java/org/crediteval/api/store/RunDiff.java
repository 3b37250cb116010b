package org.crediteval.api.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed from run {@code from} to run {@code to}: per subject the indicators whose score or item
 * explanations differ, and which facts (or the pack version) caused it.
 *
 * @param packVersionChanged the runs used different pack versions: a cause for any change no fact explains
 * @param evidenceKnown      false when a run predates evidence revisions (schema 1): fact causes are unknown
 * @param subjects           only subjects with a changed score or changed facts, in the order of {@code to}
 *                           (then those only in {@code from})
 */
public record RunDiff(RunInfo from, RunInfo to, boolean packVersionChanged, boolean evidenceKnown,
        List<SubjectDiff> subjects) {
    public RunDiff {
        subjects = List.copyOf(subjects);
    }

    public boolean unchanged() {
        return subjects.isEmpty() && !packVersionChanged;
    }

    public enum Presence { BOTH, ONLY_FROM, ONLY_TO }

    /**
     * @param totalFrom null when the subject is not in {@code from}
     * @param totalTo   null when the subject is not in {@code to}
     * @param facts     every fact of this subject that differs between the two evidence states, in fact order
     */
    public record SubjectDiff(String subject, Presence presence, BigDecimal totalFrom, BigDecimal totalTo,
            List<IndicatorDiff> indicators, List<FactDelta> facts) {
        public SubjectDiff {
            indicators = List.copyOf(indicators);
            facts = List.copyOf(facts);
        }
    }

    /**
     * @param scoreFrom null when the indicator is not in {@code from} (a pack change)
     * @param causes    ids of the changed facts read by this indicator's items; empty when none did, in which
     *                  case the pack version (when it changed) is the cause
     */
    public record IndicatorDiff(String id, String name, BigDecimal scoreFrom, BigDecimal scoreTo,
            List<ItemDiff> items, List<String> causes) {
        public IndicatorDiff {
            items = List.copyOf(items);
            causes = List.copyOf(causes);
        }
    }

    /** An item whose score or explanation differs; a side is null when the item is absent there. */
    public record ItemDiff(String id, BigDecimal scoreFrom, BigDecimal scoreTo, String explanationFrom,
            String explanationTo) {
    }

    /**
     * One fact that differs between the two runs' evidence.
     *
     * @param before    null when absent in {@code from}'s evidence
     * @param after     null when absent in {@code to}'s evidence
     * @param changedBy who made the latest change in between (with when and why), from the audit trail
     */
    public record FactDelta(String factId, FactValue before, FactValue after, String changedBy,
            java.time.Instant changedAt, String reason) {
    }
}
