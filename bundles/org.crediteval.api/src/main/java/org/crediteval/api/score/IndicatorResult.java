package org.crediteval.api.score;

import java.math.BigDecimal;
import java.util.List;

public record IndicatorResult(String id, String name, BigDecimal score, BigDecimal max, List<ItemResult> items) {
    public IndicatorResult {
        items = List.copyOf(items);
    }
}
