package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One subject's facts as the items read them, one item at a time ({@link #start}). Tracks the required facts that
 * were absent and the facts the item read (its planned facts plus any branch-only fact the rule went on to read);
 * an optional fact that is absent reads as its default and is never missing. Most items miss nothing and read
 * exactly their planned facts, whose shared id list then serves as {@code ItemResult.facts}. One reader serves a
 * whole run, so it holds no per-item objects of its own.
 */
final class FactReader {
    private TypedFact[] values;
    private List<String> planned;
    private List<String> read;
    private FactRef[] missing = new FactRef[4];
    private int missingCount;

    /** The subject whose facts are read from now on. */
    void subject(TypedFact[] values) {
        this.values = values;
    }

    /** A new item, whose always-read facts are {@code planned}. */
    void start(List<String> planned) {
        this.planned = planned;
        this.read = planned;
        this.missingCount = 0;
    }

    /** @return the value, the default of an absent optional fact, or null when a required fact is absent */
    TypedFact read(FactRef ref) {
        TypedFact fact = peek(ref);
        if (fact != null) return fact;
        if (ref.def.isOptional()) return ref.defaultValue;
        for (int i = 0; i < missingCount; i++) {
            if (missing[i].id.equals(ref.id)) return null;
        }
        if (missingCount == missing.length) missing = java.util.Arrays.copyOf(missing, missingCount * 2);
        missing[missingCount++] = ref;
        return null;
    }

    /**
     * A fact needed only in the branch the rule took (a level's expert points, a survey's fallback).
     *
     * @param withBranch the planned ids plus this fact's, as the item's plan prepared them
     */
    TypedFact readBranch(FactRef ref, List<String> withBranch) {
        if (read == planned) {
            read = withBranch;
        } else if (!read.contains(ref.id)) {
            List<String> all = new ArrayList<>(read);
            all.add(ref.id);
            read = List.copyOf(all);
        }
        return read(ref);
    }

    /** The supplied value, without counting the fact as read. */
    TypedFact peek(FactRef ref) {
        return ref.position < 0 ? null : values[ref.position];
    }

    List<String> factsRead() {
        return read;
    }

    boolean anyMissing() {
        return missingCount > 0;
    }

    int missingCount() {
        return missingCount;
    }

    FactRef missing(int i) {
        return missing[i];
    }

    /** {@code 缺失：a、b → 0} */
    String missingText() {
        StringBuilder text = new StringBuilder(64).append("缺失：");
        for (int i = 0; i < missingCount; i++) {
            if (i > 0) text.append('、');
            text.append(missing[i].id);
        }
        return text.append(Text.ARROW).append('0').toString();
    }
}
