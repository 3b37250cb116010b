package org.crediteval.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one subject's scoring noticed besides scores: absent facts and warnings. One log serves a whole run,
 * {@link #reset} between subjects; absent facts are marked by their position in {@code Scheme.facts}, which is
 * the order {@code missing} lists them in.
 */
final class SubjectLog {
    private final FactIndex index;
    private final boolean[] marked;
    private final int[] positions;
    private int count;
    /** absent facts the scheme does not list, in the order they were met; they sort last */
    private List<String> unlisted;
    private List<String> warnings;

    SubjectLog(FactIndex index) {
        this.index = index;
        this.marked = new boolean[index.size()];
        this.positions = new int[index.size()];
    }

    void reset() {
        for (int i = 0; i < count; i++) marked[positions[i]] = false;
        count = 0;
        unlisted = null;
        warnings = null;
    }

    /** The facts the reader found absent for its item. */
    void missing(FactReader facts) {
        for (int i = 0; i < facts.missingCount(); i++) {
            FactRef ref = facts.missing(i);
            int position = ref.position;
            if (position < 0) {
                if (unlisted == null) unlisted = new ArrayList<>(2);
                if (!unlisted.contains(ref.id)) unlisted.add(ref.id);
            } else if (!marked[position]) {
                marked[position] = true;
                positions[count++] = position;
            }
        }
    }

    void warn(String itemId, String message) {
        warning(itemId + ": " + message);
    }

    /** A warning already written as {@code itemId: message}. */
    void warning(String text) {
        if (warnings == null) warnings = new ArrayList<>(2);
        warnings.add(text);
    }

    /** Missing fact ids in the order of {@code Scheme.facts}, each once. */
    List<String> missing() {
        if (count == 0 && unlisted == null) return List.of();
        // in place: reset() only needs the set of positions, not their order
        Arrays.sort(positions, 0, count);
        String[] ids = new String[count + (unlisted == null ? 0 : unlisted.size())];
        for (int i = 0; i < count; i++) ids[i] = index.at(positions[i]).getId();
        if (unlisted != null) {
            for (int i = 0; i < unlisted.size(); i++) ids[count + i] = unlisted.get(i);
        }
        return IndicatorScorer.listOf(ids, ids.length);
    }

    List<String> warnings() {
        return warnings == null ? List.of() : warnings;
    }
}
