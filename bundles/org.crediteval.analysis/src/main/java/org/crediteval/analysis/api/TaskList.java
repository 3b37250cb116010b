package org.crediteval.analysis.api;

import java.util.List;

/**
 * A department task list (分工表): for each responsible unit what it must provide.
 *
 * @param subjects the subjects checked (empty for a list without evidence)
 * @param units    in the order the scheme first names them; facts whose indicator names no unit are under
 *                 {@link #UNASSIGNED}
 */
public record TaskList(String packId, String packVersion, List<String> subjects, List<UnitTasks> units) {
    /** The unit name used for indicators that name no responsible unit (e.g. every js-2012 indicator). */
    public static final String UNASSIGNED = "（未指定负责单位）";

    public TaskList {
        subjects = List.copyOf(subjects);
        units = List.copyOf(units);
    }

    /** Whether the list was checked against evidence or a result. */
    public boolean checked() {
        return !subjects.isEmpty();
    }
}
