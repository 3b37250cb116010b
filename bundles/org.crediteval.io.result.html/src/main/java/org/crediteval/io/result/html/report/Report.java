package org.crediteval.io.result.html.report;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.io.result.html.chart.Scene;

/**
 * Everything the HTML and PDF reports show, in reading order.
 *
 * @param schemeKnown   the pack was found, so gaps carry fact labels, what to change and responsible units
 * @param ranking       subjects by rank
 * @param average       mean total, rounded half-up to 2 places (display only)
 * @param radars        one per subject, in rank order
 * @param gaps          per subject in rank order; each lists at most {@code gapLimit} items
 * @param notes         things the reader must know about this report (e.g. the pack was not found)
 */
public record Report(String title, String subtitle, String packId, String packVersion, boolean schemeKnown,
        BigDecimal baseMax, BigDecimal bonusMax, List<DimensionColumn> dimensions, List<RankingRow> ranking,
        BigDecimal average, Scene totals, List<Scene> radars, Scene heatmap, List<IndicatorLabel> indicators,
        List<SubjectGaps> gaps, int gapLimit, List<String> notes) {

    public Report {
        dimensions = List.copyOf(dimensions);
        ranking = List.copyOf(ranking);
        radars = List.copyOf(radars);
        indicators = List.copyOf(indicators);
        gaps = List.copyOf(gaps);
        notes = List.copyOf(notes);
    }

    public BigDecimal totalMax() {
        return baseMax == null || bonusMax == null ? null : baseMax.add(bonusMax);
    }

    public record DimensionColumn(String id, String name, BigDecimal max, boolean bonus) {
    }

    /** One line of the ranking table; {@code dimensions} in the order of {@link Report#dimensions()}. */
    public record RankingRow(int rank, String subject, BigDecimal total, BigDecimal base, BigDecimal bonus,
            List<BigDecimal> dimensions, int missing, int warnings) {
        public RankingRow {
            dimensions = List.copyOf(dimensions);
        }
    }

    public record IndicatorLabel(String id, String name, BigDecimal max, String dimensionId) {
    }
}
