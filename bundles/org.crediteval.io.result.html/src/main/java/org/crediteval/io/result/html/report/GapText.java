package org.crediteval.io.result.html.report;

import java.util.ArrayList;
import java.util.List;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.Gap;

/** A gap's facts and actions as one line of report text, shared by the HTML and PDF reports. */
public final class GapText {
    private GapText() {
    }

    /**
     * {@code 改为“是”（0.5 分）} for an item with one fact of the item's own name, else
     * {@code 完成数：…；计划数：…}, one part per fact; a missing fact reads {@code 补充提供}.
     */
    public static String facts(Gap gap) {
        List<String> parts = new ArrayList<>();
        for (FactHint hint : gap.facts()) {
            boolean sameName = gap.facts().size() == 1 && (hint.label().equals(gap.label()) || hint.factId().equals(gap.itemId()));
            String action = hint.action().isEmpty() ? "" : hint.action();
            if (sameName && !action.isEmpty()) parts.add(action);
            else parts.add(action.isEmpty() ? hint.label() : hint.label() + "：" + action);
        }
        return String.join("；", parts);
    }

    /** {@code 受附加分上限 10 分限制} for a gap whose points are shared under an enclosing cap, else empty. */
    public static String limit(Gap gap) {
        return gap.limit() == null ? "" : "受" + gap.limit() + "限制";
    }
}
