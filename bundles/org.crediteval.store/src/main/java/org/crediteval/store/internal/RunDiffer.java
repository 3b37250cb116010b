package org.crediteval.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.FactRef;
import org.crediteval.api.store.FactValue;
import org.crediteval.api.store.RunDiff;
import org.crediteval.api.store.RunDiff.FactDelta;
import org.crediteval.api.store.RunDiff.IndicatorDiff;
import org.crediteval.api.store.RunDiff.ItemDiff;
import org.crediteval.api.store.RunDiff.Presence;
import org.crediteval.api.store.RunDiff.SubjectDiff;
import org.crediteval.api.store.RunInfo;

/**
 * Compares two loaded runs and the evidence each scored. Pure: the store reads everything in one snapshot and
 * hands it over. Scores compare as numbers ({@code 1.50} = {@code 1.5}).
 */
final class RunDiffer {
    private RunDiffer() {
    }

    /**
     * @param evidenceFrom null when unknown (a run stored under schema 1)
     * @param trail        the audit entries between the two revisions (either order), for who/when/why; may be empty
     */
    static RunDiff diff(RunInfo from, ScoreResult a, Map<FactRef, FactValue> evidenceFrom, RunInfo to, ScoreResult b,
            Map<FactRef, FactValue> evidenceTo, List<FactChange> trail) {
        boolean evidenceKnown = evidenceFrom != null && evidenceTo != null;
        boolean packChanged = !from.packId().equals(to.packId()) || !from.packVersion().equals(to.packVersion());
        Map<String, List<FactDelta>> factDeltas = evidenceKnown ? factDeltas(evidenceFrom, evidenceTo, trail) : Map.of();

        Map<String, SubjectResult> sa = bySubject(a), sb = bySubject(b);
        LinkedHashSet<String> order = new LinkedHashSet<>(sb.keySet());
        order.addAll(sa.keySet());
        List<SubjectDiff> subjects = new ArrayList<>();
        for (String subject : order) {
            SubjectResult x = sa.get(subject), y = sb.get(subject);
            Presence presence = x == null ? Presence.ONLY_TO : y == null ? Presence.ONLY_FROM : Presence.BOTH;
            List<FactDelta> facts = factDeltas.getOrDefault(subject, List.of());
            Set<String> changedFacts = new LinkedHashSet<>();
            facts.forEach(f -> changedFacts.add(f.factId()));
            List<IndicatorDiff> indicators = indicatorDiffs(x, y, changedFacts);
            boolean totalChanged = x == null || y == null || x.total().compareTo(y.total()) != 0;
            if (presence == Presence.BOTH && indicators.isEmpty() && facts.isEmpty() && !totalChanged) continue;
            subjects.add(new SubjectDiff(subject, presence, x == null ? null : x.total(), y == null ? null : y.total(),
                    indicators, facts));
        }
        return new RunDiff(from, to, packChanged, evidenceKnown, subjects);
    }

    private static Map<String, SubjectResult> bySubject(ScoreResult r) {
        Map<String, SubjectResult> m = new LinkedHashMap<>();
        for (SubjectResult s : r.subjects()) m.put(s.subject(), s);
        return m;
    }

    private static Map<String, IndicatorResult> indicators(SubjectResult s) {
        Map<String, IndicatorResult> m = new LinkedHashMap<>();
        if (s == null) return m;
        for (DimensionResult d : s.dimensions())
            for (IndicatorResult i : d.indicators()) m.put(i.id(), i);
        return m;
    }

    private static List<IndicatorDiff> indicatorDiffs(SubjectResult x, SubjectResult y, Set<String> changedFacts) {
        Map<String, IndicatorResult> ia = indicators(x), ib = indicators(y);
        LinkedHashSet<String> ids = new LinkedHashSet<>(ib.keySet());
        ids.addAll(ia.keySet());
        List<IndicatorDiff> out = new ArrayList<>();
        for (String id : ids) {
            IndicatorResult p = ia.get(id), q = ib.get(id);
            List<ItemDiff> items = itemDiffs(p, q);
            boolean scoreChanged = p == null || q == null || p.score().compareTo(q.score()) != 0;
            if (!scoreChanged && items.isEmpty()) continue;
            // the causes: changed facts that any item of this indicator reads, on either side
            Set<String> read = new LinkedHashSet<>();
            for (IndicatorResult r : new IndicatorResult[] {q, p})
                if (r != null) r.items().forEach(t -> read.addAll(t.facts()));
            List<String> causes = new ArrayList<>();
            for (String f : read) if (changedFacts.contains(f)) causes.add(f);
            String name = q != null ? q.name() : p.name();
            out.add(new IndicatorDiff(id, name, p == null ? null : p.score(), q == null ? null : q.score(), items, causes));
        }
        return out;
    }

    private static List<ItemDiff> itemDiffs(IndicatorResult p, IndicatorResult q) {
        Map<String, ItemResult> ta = new LinkedHashMap<>(), tb = new LinkedHashMap<>();
        if (p != null) p.items().forEach(t -> ta.put(t.id(), t));
        if (q != null) q.items().forEach(t -> tb.put(t.id(), t));
        LinkedHashSet<String> ids = new LinkedHashSet<>(tb.keySet());
        ids.addAll(ta.keySet());
        List<ItemDiff> out = new ArrayList<>();
        for (String id : ids) {
            ItemResult s = ta.get(id), t = tb.get(id);
            boolean same = s != null && t != null && s.score().compareTo(t.score()) == 0
                    && Objects.equals(s.explanation(), t.explanation());
            if (same) continue;
            out.add(new ItemDiff(id, s == null ? null : s.score(), t == null ? null : t.score(),
                    s == null ? null : s.explanation(), t == null ? null : t.explanation()));
        }
        return out;
    }

    /** Per subject, the facts whose content differs between the two states, with the latest trail entry that touched each. */
    private static Map<String, List<FactDelta>> factDeltas(Map<FactRef, FactValue> from, Map<FactRef, FactValue> to,
            List<FactChange> trail) {
        Map<FactRef, FactChange> latest = new HashMap<>();
        for (FactChange c : trail) {
            FactRef k = new FactRef(c.subject(), c.factId());
            FactChange prev = latest.get(k);
            if (prev == null || prev.revision() < c.revision()) latest.put(k, c);
        }
        LinkedHashSet<FactRef> keys = new LinkedHashSet<>(to.keySet());
        keys.addAll(from.keySet());
        Map<String, List<FactDelta>> out = new LinkedHashMap<>();
        for (FactRef k : keys) {
            FactValue before = from.get(k), after = to.get(k);
            if (Objects.equals(before, after)) continue;
            FactChange c = latest.get(k);
            out.computeIfAbsent(k.subject(), s -> new ArrayList<>()).add(new FactDelta(k.factId(), before, after,
                    c == null ? null : c.user(), c == null ? null : c.at(), c == null ? null : c.reason()));
        }
        return out;
    }
}
