package org.crediteval.analysis.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points one subject has at stake.
 *
 * @param total      the subject's total
 * @param totalMax   base max + bonus max
 * @param obtainable the points the subject could still gain, with every cap applied (items sharing a capped
 *                   indicator are not counted twice); never more than {@code totalMax - total}
 * @param gaps       items below their maximum that could still add points, most points first
 */
public record SubjectGaps(String subject, BigDecimal total, BigDecimal totalMax, BigDecimal obtainable,
        List<Gap> gaps) {
    public SubjectGaps {
        gaps = List.copyOf(gaps);
    }
}
