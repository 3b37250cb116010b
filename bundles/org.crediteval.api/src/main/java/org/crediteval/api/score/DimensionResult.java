package org.crediteval.api.score;

import java.math.BigDecimal;
import java.util.List;

public record DimensionResult(String id, String name, BigDecimal score, BigDecimal max, boolean bonus,
        List<IndicatorResult> indicators) {
    public DimensionResult {
        indicators = List.copyOf(indicators);
    }
}
