package org.crediteval.api.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scoring point.
 *
 * @param id          the pack's item id (the fact id for an item with one fact)
 * @param label       the item's Chinese label
 * @param score       exact; never rounded except where the pack's rules say (ratio and survey items)
 * @param max         the most this item can contribute
 * @param explanation why the score is what it is, in Chinese, e.g. {@code 机构到位 = 是 → 0.5}
 * @param facts       ids of the facts the item read
 */
public record ItemResult(String id, String label, BigDecimal score, BigDecimal max, String explanation,
        List<String> facts) {
    public ItemResult {
        facts = List.copyOf(facts);
    }
}
