package org.crediteval.analysis.api;

import java.math.BigDecimal;

/** A subject's place: {@code rank} is 1 for the highest total; equal totals share a rank. */
public record Rank(int rank, String subject, BigDecimal total) {
}
