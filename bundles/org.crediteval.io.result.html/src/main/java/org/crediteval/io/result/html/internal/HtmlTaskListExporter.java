package org.crediteval.io.result.html.internal;

import static org.crediteval.io.result.html.chart.SvgWriter.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.TaskListExporter;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.io.result.html.report.Numbers;
import org.osgi.service.component.annotations.Component;

/**
 * The task list (分工表) as one self-contained, printable HTML page: per responsible unit the indicators and facts
 * it must provide and, when checked against evidence, the subjects still missing each fact.
 */
@Component(property = TaskListExporter.FORMAT + "=html")
public class HtmlTaskListExporter implements TaskListExporter {

    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                   "PingFang SC", sans-serif; font-size: 10pt; color: #222; margin: 0 auto; max-width: 186mm; }
            h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 1mm; }
            h2 { font-size: 12.5pt; color: #1f4e79; border-left: 4px solid #2f6ea5; padding-left: 2mm; margin: 6mm 0 2mm;
                 break-after: avoid; page-break-after: avoid; }
            .sub { color: #555; border-bottom: 2px solid #2f6ea5; padding-bottom: 2mm; margin-bottom: 4mm; }
            table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }
            th, td { border: 1px solid #c8ccd2; padding: 1.2mm 1.5mm; vertical-align: top; }
            th { background: #eef2f7; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; }
            .missing { color: #b03a2e; }
            .done { color: #1a7f37; }
            .muted { color: #666; font-size: 8.5pt; }
            @media screen { body { padding: 8mm 6mm; } }
            """;

    @Override
    public void write(TaskList tasks, OutputStream out) throws IOException {
        out.write(html(tasks).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String html(TaskList tasks) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>分工表 · ")
                .append(escape(tasks.packId())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>资料提供分工表</h1>\n<p class=\"sub\">规则包 ").append(escape(tasks.packId())).append(' ')
                .append(escape(tasks.packVersion())).append(" · ").append(tasks.units().size()).append(" 个负责单位");
        if (tasks.checked()) {
            b.append(" · 已对照 ").append(tasks.subjects().size()).append(" 个评估对象的资料：")
                    .append(escape(String.join("、", tasks.subjects())));
        }
        b.append("</p>\n<table>\n<thead><tr><th>负责单位</th><th class=\"num\">事实数</th>");
        if (tasks.checked()) b.append("<th class=\"num\">尚缺（事实×对象）</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (UnitTasks u : tasks.units()) {
            b.append("<tr><td>").append(escape(u.unit())).append("</td><td class=\"num\">").append(u.facts()).append("</td>");
            if (tasks.checked()) {
                b.append("<td class=\"num").append(u.missing() > 0 ? " missing" : " done").append("\">").append(u.missing())
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        for (UnitTasks u : tasks.units()) {
            b.append("<section>\n<h2>").append(escape(u.unit())).append("</h2>\n<p class=\"muted\">需提供 ").append(u.facts())
                    .append(" 项事实");
            if (tasks.checked()) b.append("，尚缺 ").append(u.missing()).append(" 项（事实×对象）");
            b.append("。</p>\n<table>\n<thead><tr><th>指标</th><th>事实</th><th>类型 / 可填值</th><th class=\"num\">满分</th>")
                    .append("<th>共同负责</th>").append(tasks.checked() ? "<th>尚缺的对象</th>" : "")
                    .append("</tr></thead>\n<tbody>\n");
            for (IndicatorTask i : u.indicators()) {
                for (FactTask f : i.facts()) {
                    b.append("<tr><td>").append(escape(i.indicatorId() == null ? "" : i.indicatorId())).append(' ')
                            .append(escape(i.indicatorName())).append("</td><td>").append(escape(f.fact().label()))
                            .append("<br/><span class=\"muted\">").append(escape(f.fact().id())).append("</span></td><td>")
                            .append(escape(f.fact().typeLabel())).append("：").append(escape(f.fact().allowed()));
                    if (f.fact().condition() != null) {
                        b.append("<br/><span class=\"muted\">").append(escape(f.fact().condition())).append("</span>");
                    }
                    b.append("</td><td class=\"num\">").append(escape(Numbers.plain(f.fact().points()))).append("</td><td>")
                            .append(escape(String.join("、", i.sharedWith()))).append("</td>");
                    if (tasks.checked()) {
                        b.append(f.missingFor().isEmpty() ? "<td class=\"done\">齐全</td>"
                                : "<td class=\"missing\">" + escape(String.join("、", f.missingFor())) + "</td>");
                    }
                    b.append("</tr>\n");
                }
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }
}
