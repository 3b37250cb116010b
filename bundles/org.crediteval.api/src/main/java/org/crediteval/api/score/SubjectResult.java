package org.crediteval.api.score;

import java.math.BigDecimal;
import java.util.List;

/** The score of one subject: base (non-bonus dimensions) and bonus kept apart, total = base + bonus. */
public record SubjectResult(String subject, BigDecimal base, BigDecimal baseMax, BigDecimal bonus, BigDecimal bonusMax,
        BigDecimal total, List<DimensionResult> dimensions, List<String> missing, List<String> warnings) {
    public SubjectResult {
        dimensions = List.copyOf(dimensions);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }
}
