package org.crediteval.io.result.html.internal;

import static org.crediteval.io.result.html.chart.SvgWriter.escape;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.io.result.html.chart.Scene;
import org.crediteval.io.result.html.chart.SvgWriter;
import org.crediteval.io.result.html.report.GapText;
import org.crediteval.io.result.html.report.Numbers;
import org.crediteval.io.result.html.report.Report;

/**
 * A {@link Report} as one self-contained HTML5 page, also well-formed XML (void elements self-closed) so that tools and
 * tests can parse it: inline CSS, inline SVG, no script, no font or image to fetch,
 * no URL anywhere. Print CSS lays it out on A4: sections start on a new page, table headers repeat, rows and charts
 * are not split.
 */
final class HtmlReportWriter {

    // system CJK fonts only: the file must open offline, and a web font would be a network reference
    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                   "PingFang SC", "Hiragino Sans GB", sans-serif; font-size: 10pt; line-height: 1.45; color: #222;
                   margin: 0 auto; max-width: 186mm; background: #fff; }
            header { border-bottom: 2px solid #2f6ea5; margin-bottom: 6mm; padding-bottom: 2mm; }
            h1 { font-size: 18pt; margin: 0 0 1mm 0; color: #1f4e79; }
            h2 { font-size: 13pt; color: #1f4e79; border-left: 4px solid #2f6ea5; padding-left: 2mm; margin: 6mm 0 3mm; }
            h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
            p { margin: 1mm 0; }
            .sub { color: #555; }
            .note { background: #fff7e0; border: 1px solid #f0d48a; padding: 2mm 3mm; margin: 2mm 0; }
            .muted { color: #666; font-size: 8.5pt; }
            table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }
            th, td { border: 1px solid #c8ccd2; padding: 1.2mm 1.5mm; vertical-align: top; }
            th { background: #eef2f7; font-weight: bold; text-align: center; }
            tbody tr:nth-child(even) td { background: #f8f9fb; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.center { text-align: center; }
            td.subject { white-space: nowrap; font-weight: bold; }
            thead { display: table-header-group; }
            tr, figure, svg, .keep { break-inside: avoid; page-break-inside: avoid; }
            section.page { break-before: page; page-break-before: always; }
            h2, h3 { break-after: avoid; page-break-after: avoid; }
            svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto;
                        font-family: inherit; }
            .radars { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm 3mm; }
            .radars figure { margin: 0; border: 1px solid #e3e6ea; padding: 1mm; }
            .legend { font-size: 8.5pt; color: #444; columns: 2; column-gap: 6mm; margin: 1mm 0 3mm; }
            .legend span { display: block; break-inside: avoid; }
            .missing { color: #b03a2e; }
            .unit { color: #444; }
            footer { margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 2mm; color: #777; font-size: 8pt; }
            @media screen { body { padding: 8mm 6mm; } }
            """;

    private HtmlReportWriter() {
    }

    static String html(Report r) {
        StringBuilder b = new StringBuilder(256 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(r.title())).append(" · ").append(escape(r.packId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(escape(r.title())).append("</h1><p class=\"sub\">").append(escape(r.subtitle()))
                .append("</p></header>\n");
        for (String note : r.notes()) b.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        ranking(b, r);
        totals(b, r);
        radars(b, r);
        heatmap(b, r);
        gaps(b, r);
        b.append("<footer>分数为精确小数，与 JSON 结果一致；图中百分比四舍五入。满分：基础分 ")
                .append(escape(Numbers.plain(r.baseMax()))).append("，附加分 ").append(escape(Numbers.plain(r.bonusMax())))
                .append("。</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void ranking(StringBuilder b, Report r) {
        b.append("<section id=\"ranking\">\n<h2>一、综合排名</h2>\n");
        b.append("<p>平均总分 <b>").append(escape(Numbers.plain(r.average()))).append("</b>（满分 ")
                .append(escape(Numbers.plain(r.totalMax()))).append("，其中附加分 ")
                .append(escape(Numbers.plain(r.bonusMax()))).append("）。</p>\n");
        b.append("<table class=\"ranking\">\n<thead><tr><th>排名</th><th>评估对象</th><th class=\"num\">总分</th>")
                .append("<th class=\"num\">基础分</th><th class=\"num\">附加分</th>");
        for (Report.DimensionColumn d : r.dimensions()) {
            b.append("<th class=\"num\" title=\"").append(escape(d.name())).append("\">").append(escape(d.id()))
                    .append("<br/><span class=\"muted\">/").append(escape(Numbers.plain(d.max()))).append("</span></th>");
        }
        b.append("<th class=\"num\">缺失</th></tr></thead>\n<tbody>\n");
        for (Report.RankingRow row : r.ranking()) {
            b.append("<tr><td class=\"center\">").append(row.rank()).append("</td><td class=\"subject\">")
                    .append(escape(row.subject())).append("</td>");
            num(b, row.total(), true);
            num(b, row.base(), false);
            num(b, row.bonus(), false);
            for (BigDecimal d : row.dimensions()) num(b, d, false);
            b.append("<td class=\"num\">").append(row.missing()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<p class=\"muted\">维度：");
        List<Report.DimensionColumn> dims = r.dimensions();
        for (int n = 0; n < dims.size(); n++) {
            Report.DimensionColumn d = dims.get(n);
            if (n > 0) b.append("；");
            b.append(escape(d.id())).append(" ").append(escape(d.name())).append("（").append(escape(Numbers.plain(d.max())))
                    .append(d.bonus() ? " 分，附加分）" : " 分）");
        }
        b.append("。“缺失”为未提供资料的事实数。</p>\n</section>\n");
    }

    private static void totals(StringBuilder b, Report r) {
        b.append("<section id=\"totals\" class=\"keep\">\n<h2>二、总分对比</h2>\n<figure>")
                .append(SvgWriter.svg(r.totals())).append("</figure>\n</section>\n");
    }

    private static void radars(StringBuilder b, Report r) {
        b.append("<section id=\"radar\" class=\"page\">\n<h2>三、各维度得分率</h2>\n")
                .append("<p class=\"muted\">实线为该对象各维度得分占该维度满分的比例，虚线为全部对象的平均。轴号：");
        List<Report.DimensionColumn> dims = r.dimensions();
        for (int n = 0; n < dims.size(); n++) {
            if (n > 0) b.append("；");
            b.append(escape(dims.get(n).id())).append(" ").append(escape(dims.get(n).name()));
        }
        b.append("。</p>\n<div class=\"radars\">\n");
        for (Scene radar : r.radars()) b.append("<figure>").append(SvgWriter.svg(radar)).append("</figure>\n");
        b.append("</div>\n</section>\n");
    }

    private static void heatmap(StringBuilder b, Report r) {
        b.append("<section id=\"heatmap\" class=\"page\">\n<h2>四、指标得分率热力图</h2>\n")
                .append("<p class=\"muted\">每格为该对象在该指标的得分占指标满分的百分比；对象按排名排列。</p>\n<figure>")
                .append(SvgWriter.svg(r.heatmap())).append("</figure>\n<div class=\"legend\">");
        for (Report.IndicatorLabel i : r.indicators()) {
            b.append("<span><b>").append(escape(i.id())).append("</b> ").append(escape(i.name())).append("（")
                    .append(escape(Numbers.plain(i.max()))).append(" 分）</span>");
        }
        b.append("</div>\n</section>\n");
    }

    private static void gaps(StringBuilder b, Report r) {
        b.append("<section id=\"gaps\" class=\"page\">\n<h2>五、可争取分（未得满分的评分项）</h2>\n")
                .append("<p class=\"muted\">按仍可争取的分数从高到低排列；“可争取”已考虑指标、维度和附加分的封顶。每个对象列出前 ")
                .append(r.gapLimit()).append(" 项。标“共享”的项受所在指标、维度或附加分的剩余分数限制，")
                .append("同一上限下的各项合计不超过该剩余分数。</p>\n");
        for (int n = 0; n < r.gaps().size(); n++) {
            SubjectGaps g = r.gaps().get(n);
            Report.RankingRow row = r.ranking().get(n);
            b.append("<div class=\"subject-gaps\">\n<h3>").append(row.rank()).append(". ").append(escape(g.subject()))
                    .append("</h3>\n<p>总分 <b>").append(escape(Numbers.plain(g.total()))).append("</b> / ")
                    .append(escape(Numbers.plain(g.totalMax()))).append("，仍可争取 <b>")
                    .append(escape(Numbers.plain(g.obtainable()))).append("</b> 分；未得满分的评分项 ")
                    .append(g.gaps().size()).append(" 项，缺失资料 ").append(row.missing()).append(" 项。</p>\n");
            if (g.gaps().isEmpty()) {
                b.append("<p>各评分项均已得满分。</p>\n</div>\n");
                continue;
            }
            b.append("<table class=\"gaps\">\n<colgroup><col style=\"width:5%\"/><col style=\"width:31%\"/>")
                    .append("<col style=\"width:10%\"/><col style=\"width:9%\"/><col style=\"width:27%\"/>")
                    .append("<col style=\"width:18%\"/></colgroup>\n<thead><tr><th>序号</th><th>评分项</th>")
                    .append("<th class=\"num\">得分/满分</th><th class=\"num\">可争取</th><th>需改变的事实及做法</th>")
                    .append("<th>负责单位</th></tr></thead>\n<tbody>\n");
            List<Gap> shown = g.gaps().subList(0, Math.min(r.gapLimit(), g.gaps().size()));
            for (int k = 0; k < shown.size(); k++) {
                Gap gap = shown.get(k);
                b.append("<tr><td class=\"center\">").append(k + 1).append("</td><td>").append(escape(gap.label()))
                        .append("<br/><span class=\"muted\">").append(escape(gap.itemId())).append(" · ")
                        .append(escape(gap.indicatorName())).append("</span></td><td class=\"num\">")
                        .append(escape(Numbers.plain(gap.score()))).append(" / ").append(escape(Numbers.plain(gap.max())))
                        .append("</td><td class=\"num\"><b>").append(escape(Numbers.plain(gap.obtainable()))).append("</b>");
                if (gap.limit() != null) b.append("<br/><span class=\"muted\">共享</span>");
                b.append("</td><td").append(gap.missing() ? " class=\"missing\"" : "").append(">")
                        .append(escape(GapText.facts(gap)));
                if (gap.limit() != null) {
                    b.append("<br/><span class=\"muted\">").append(escape(GapText.limit(gap))).append("</span>");
                }
                b.append("</td><td class=\"unit\">")
                        .append(escape(String.join("、", gap.units()))).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
            if (g.gaps().size() > shown.size()) {
                b.append("<p class=\"muted\">另有 ").append(g.gaps().size() - shown.size())
                        .append(" 项未列出（完整清单：credit-eval gaps）。</p>\n");
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void num(StringBuilder b, BigDecimal value, boolean bold) {
        b.append("<td class=\"num\">").append(bold ? "<b>" : "").append(escape(Numbers.plain(value)))
                .append(bold ? "</b>" : "").append("</td>");
    }
}
