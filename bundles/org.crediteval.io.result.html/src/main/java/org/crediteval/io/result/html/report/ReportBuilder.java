package org.crediteval.io.result.html.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.Rank;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.io.result.html.chart.Charts;
import org.crediteval.io.result.html.chart.Scene;
import org.crediteval.model.scheme.Scheme;

/** Assembles a {@link Report} from a score result: numbers exact, charts as scenes, subjects in rank order. */
public final class ReportBuilder {
    /** Items listed per subject under points at stake; the {@code gaps} command lists them all. */
    public static final int DEFAULT_GAP_LIMIT = 15;
    public static final String TITLE = "社会信用体系建设评估分析报告";

    private ReportBuilder() {
    }

    /**
     * The pack a result was scored with, from the registry; empty when there is no registry or the exact version
     * is not installed (a report of a stored run can outlive its pack).
     */
    public static Optional<Scheme> scheme(RulePackRegistry registry, ScoreResult.PackRef pack) {
        if (registry == null || pack == null || pack.id() == null) return Optional.empty();
        try {
            String spec = pack.version() == null ? pack.id() : pack.id() + "@" + pack.version();
            return registry.find(spec).map(RulePack::scheme);
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed id or version in a stored result: report without the pack
        }
    }

    public static Report build(ScoreResult result, Scheme scheme, Analysis analysis, int gapLimit) {
        List<SubjectResult> subjects = result.subjects();
        Map<String, SubjectResult> bySubject = new HashMap<>();
        for (SubjectResult s : subjects) bySubject.putIfAbsent(s.subject(), s);
        List<Rank> ranks = analysis.ranking(result);
        List<SubjectResult> ranked = ranks.stream().map(r -> bySubject.get(r.subject())).toList();

        SubjectResult first = subjects.isEmpty() ? null : subjects.get(0);
        List<Report.DimensionColumn> dimensions = new ArrayList<>();
        List<Report.IndicatorLabel> indicators = new ArrayList<>();
        if (first != null) {
            for (DimensionResult d : first.dimensions()) {
                dimensions.add(new Report.DimensionColumn(d.id(), d.name(), d.max(), d.bonus()));
                for (IndicatorResult i : d.indicators()) {
                    indicators.add(new Report.IndicatorLabel(i.id(), i.name(), i.max(), d.id()));
                }
            }
        }

        List<Report.RankingRow> rows = new ArrayList<>();
        for (int n = 0; n < ranks.size(); n++) {
            SubjectResult s = ranked.get(n);
            List<BigDecimal> scores = new ArrayList<>();
            for (Report.DimensionColumn column : dimensions) scores.add(dimensionScore(s, column.id()));
            rows.add(new Report.RankingRow(ranks.get(n).rank(), s.subject(), s.total(), s.base(), s.bonus(), scores,
                    s.missing().size(), s.warnings().size()));
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (SubjectResult s : subjects) sum = sum.add(orZero(s.total()));
        BigDecimal average = subjects.isEmpty() ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(subjects.size()), 2, RoundingMode.HALF_UP);

        BigDecimal baseMax = first == null ? null : first.baseMax();
        BigDecimal bonusMax = first == null ? null : first.bonusMax();
        Scene totals = totals(ranked, baseMax, bonusMax, average);
        List<Scene> radars = radars(ranked, ranks, dimensions);
        Scene heatmap = heatmap(ranked, dimensions, indicators);

        List<SubjectGaps> gapsInInputOrder = analysis.gaps(result, scheme);
        Map<String, SubjectGaps> gapsBySubject = new HashMap<>();
        for (SubjectGaps g : gapsInInputOrder) gapsBySubject.putIfAbsent(g.subject(), g);
        List<SubjectGaps> gaps = ranked.stream().map(s -> gapsBySubject.get(s.subject())).toList();

        List<String> notes = new ArrayList<>();
        String packName = scheme != null && scheme.getNameZh() != null ? scheme.getNameZh() : null;
        if (scheme == null) {
            notes.add("未找到规则包 " + result.pack().id() + " " + result.pack().version()
                    + "：可争取分只列出事实编号，不含事实名称、改进方法和负责单位。");
        }
        String subtitle = (packName == null ? "" : packName + " · ") + "规则包 " + result.pack().id() + " "
                + result.pack().version() + " · 共 " + subjects.size() + " 个评估对象";
        return new Report(TITLE, subtitle, result.pack().id(), result.pack().version(), scheme != null, baseMax,
                bonusMax, dimensions, rows, average, totals, radars, heatmap, indicators, gaps, gapLimit, notes);
    }

    private static Scene totals(List<SubjectResult> ranked, BigDecimal baseMax, BigDecimal bonusMax,
            BigDecimal average) {
        List<Charts.BarRow> bars = new ArrayList<>();
        for (SubjectResult s : ranked) {
            bars.add(new Charts.BarRow(s.subject(), orZero(s.base()).doubleValue(), orZero(s.bonus()).doubleValue(),
                    Numbers.rounded(s.total(), 2)));
        }
        double scale = orZero(baseMax).add(orZero(bonusMax)).doubleValue();
        return Charts.totals(bars, scale, average.doubleValue(), "平均 " + Numbers.plain(average));
    }

    private static List<Scene> radars(List<SubjectResult> ranked, List<Rank> ranks,
            List<Report.DimensionColumn> dimensions) {
        List<String> axes = dimensions.stream().map(Report.DimensionColumn::id).toList();
        // the dashed outline: the mean share of every subject, per dimension
        List<Double> reference = new ArrayList<>();
        for (Report.DimensionColumn d : dimensions) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (SubjectResult s : ranked) {
                BigDecimal share = Numbers.share(dimensionScore(s, d.id()), d.max());
                if (share != null) {
                    sum = sum.add(share);
                    count++;
                }
            }
            reference.add(count == 0 ? null : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue());
        }
        List<Scene> radars = new ArrayList<>();
        for (int n = 0; n < ranked.size(); n++) {
            SubjectResult s = ranked.get(n);
            List<Double> shares = new ArrayList<>();
            for (Report.DimensionColumn d : dimensions) {
                BigDecimal share = Numbers.share(dimensionScore(s, d.id()), d.max());
                shares.add(share == null ? null : share.doubleValue());
            }
            String subtitle = "总分 " + Numbers.plain(s.total()) + " · 第 " + ranks.get(n).rank() + " 名";
            radars.add(Charts.radar(s.subject(), subtitle, axes, shares, reference));
        }
        return radars;
    }

    private static Scene heatmap(List<SubjectResult> ranked, List<Report.DimensionColumn> dimensions,
            List<Report.IndicatorLabel> indicators) {
        Map<String, String> dimensionNames = new HashMap<>();
        for (Report.DimensionColumn d : dimensions) dimensionNames.put(d.id(), d.id() + " " + d.name());
        List<Charts.HeatColumn> columns = indicators.stream()
                .map(i -> new Charts.HeatColumn(i.id(), dimensionNames.get(i.dimensionId()))).toList();
        Double[][] shares = new Double[ranked.size()][indicators.size()];
        String[][] labels = new String[ranked.size()][indicators.size()];
        for (int r = 0; r < ranked.size(); r++) {
            Map<String, IndicatorResult> byId = new HashMap<>();
            for (DimensionResult d : ranked.get(r).dimensions()) {
                for (IndicatorResult i : d.indicators()) byId.put(i.id(), i);
            }
            for (int c = 0; c < indicators.size(); c++) {
                IndicatorResult i = byId.get(indicators.get(c).id());
                BigDecimal share = i == null ? null : Numbers.share(i.score(), i.max());
                shares[r][c] = share == null ? null : share.doubleValue();
                labels[r][c] = Numbers.percent(share, 0);
            }
        }
        return Charts.heatmap(ranked.stream().map(SubjectResult::subject).toList(), columns, shares, labels);
    }

    private static BigDecimal dimensionScore(SubjectResult s, String dimensionId) {
        for (DimensionResult d : s.dimensions()) if (d.id().equals(dimensionId)) return d.score();
        return null;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
