package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.crediteval.model.scheme.FactDefinition;

/**
 * One item's view of a subject's facts. Tracks the required facts that were absent and the facts the item read
 * (its planned facts plus any branch-only fact the rule went on to read); an optional fact that is absent reads
 * as its default and is never missing. Lists are created only when needed: most items miss nothing and read
 * exactly their planned facts, whose shared id list then serves as {@code ItemResult.facts}.
 */
final class FactReader {
    private final SubjectFacts facts;
    private final ScoringPlan plan;
    private final List<String> planned;
    private List<String> branch;
    private List<String> missing;

    FactReader(SubjectFacts facts, ScoringPlan plan, List<String> planned) {
        this.facts = facts;
        this.plan = plan;
        this.planned = planned;
    }

    /** @return the value, the default of an absent optional fact, or null when a required fact is absent */
    TypedFact read(FactDefinition def) {
        TypedFact fact = facts.get(def);
        if (fact != null) return fact;
        if (def.isOptional()) return plan.defaultOf(def);
        if (missing == null) missing = new ArrayList<>(2);
        if (!missing.contains(def.getId())) missing.add(def.getId());
        return null;
    }

    /** A fact needed only in the branch the rule took (a level's expert points, a survey's fallback). */
    TypedFact readBranch(FactDefinition def) {
        if (branch == null) branch = new ArrayList<>(2);
        if (!planned.contains(def.getId()) && !branch.contains(def.getId())) branch.add(def.getId());
        return read(def);
    }

    /** The supplied value, without counting the fact as read. */
    TypedFact peek(FactDefinition def) {
        return facts.get(def);
    }

    List<String> factsRead() {
        if (branch == null || branch.isEmpty()) return planned;
        List<String> all = new ArrayList<>(planned);
        all.addAll(branch);
        return all;
    }

    List<String> missing() {
        return missing == null ? List.of() : missing;
    }

    boolean anyMissing() {
        return missing != null;
    }
}
