package org.crediteval.io.result.xlsx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.Rank;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Scheme;

/**
 * The result workbook: 排名 (ranking), 可争取分 (points at stake of every subject), then one sheet per subject
 * (in rank order) with the dimension, indicator and item scores, maxima and explanations. Header rows are frozen;
 * numbers are number cells; there is no formula anywhere.
 */
final class ResultWorkbook {
    private final ScoreResult result;
    private final Scheme scheme; // may be null
    private final List<Rank> ranking;
    private final List<SubjectGaps> gaps;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheets sheets = new Sheets(workbook);
    private final Map<String, String> factLabels = new HashMap<>();

    ResultWorkbook(ScoreResult result, Scheme scheme, List<Rank> ranking, List<SubjectGaps> gaps) {
        this.result = result;
        this.scheme = scheme;
        this.ranking = ranking;
        this.gaps = gaps;
        if (scheme != null) for (FactDefinition f : scheme.getFacts()) factLabels.put(f.getId(), f.getLabel());
    }

    XSSFWorkbook build() {
        Map<String, SubjectResult> bySubject = new HashMap<>();
        for (SubjectResult s : result.subjects()) bySubject.putIfAbsent(s.subject(), s);
        ranking(bySubject);
        gaps();
        for (Rank r : ranking) subject(bySubject.get(r.subject()), r.rank());
        workbook.getProperties().getCoreProperties().setTitle("评估结果 " + result.pack().id() + " " + result.pack().version());
        workbook.getProperties().getCoreProperties().setCreator("credit-eval");
        return workbook;
    }

    private String packTitle() {
        String name = scheme != null && scheme.getNameZh() != null ? scheme.getNameZh() + " · " : "";
        return name + "规则包 " + result.pack().id() + " " + result.pack().version();
    }

    private void ranking(Map<String, SubjectResult> bySubject) {
        XSSFSheet sheet = workbook.createSheet(sheets.sheetName("排名"));
        List<DimensionResult> dims = result.subjects().isEmpty() ? List.of() : result.subjects().get(0).dimensions();
        List<String> headers = new ArrayList<>(List.of("排名", "评估对象", "总分", "基础分", "附加分"));
        for (DimensionResult d : dims) headers.add(d.id() + " " + d.name() + "（" + plain(d.max()) + "）");
        headers.addAll(List.of("缺失事实数", "缺失事实", "警告"));
        title(sheet, "评估结果排名 · " + packTitle(), headers.size());
        header(sheet, headers);
        int r = 2;
        for (Rank rank : ranking) {
            SubjectResult s = bySubject.get(rank.subject());
            XSSFRow row = sheet.createRow(r++);
            int c = 0;
            sheets.number(row, c++, rank.rank(), sheets.number);
            sheets.text(row, c++, s.subject(), sheets.bold);
            sheets.number(row, c++, s.total(), sheets.boldNumber);
            sheets.number(row, c++, s.base(), sheets.number);
            sheets.number(row, c++, s.bonus(), sheets.number);
            for (DimensionResult d : dims) sheets.number(row, c++, score(s, d.id()), sheets.number);
            sheets.number(row, c++, s.missing().size(), sheets.number);
            sheets.text(row, c++, String.join("、", s.missing()), sheets.text);
            sheets.text(row, c, String.join("；", s.warnings()), sheets.text);
        }
        // the maxima, below the subjects
        XSSFRow max = sheet.createRow(r);
        sheets.text(max, 1, "满分", sheets.bold);
        SubjectResult first = result.subjects().isEmpty() ? null : result.subjects().get(0);
        if (first != null) {
            sheets.number(max, 2, first.baseMax().add(first.bonusMax()), sheets.boldNumber);
            sheets.number(max, 3, first.baseMax(), sheets.number);
            sheets.number(max, 4, first.bonusMax(), sheets.number);
            for (int i = 0; i < dims.size(); i++) sheets.number(max, 5 + i, dims.get(i).max(), sheets.number);
        }
        sheet.createFreezePane(2, 2);
        widths(sheet, 6, 12, 10, 9, 8);
        for (int i = 0; i < dims.size(); i++) sheet.setColumnWidth(5 + i, 11 * 256);
        sheet.setColumnWidth(5 + dims.size(), 9 * 256);
        sheet.setColumnWidth(6 + dims.size(), 40 * 256);
        sheet.setColumnWidth(7 + dims.size(), 40 * 256);
    }

    private void gaps() {
        XSSFSheet sheet = workbook.createSheet(sheets.sheetName("可争取分"));
        List<String> headers = List.of("评估对象", "排名", "序号", "评分项编号", "评分项", "指标", "得分", "满分", "可争取",
                "共享上限", "需改变的事实及做法", "负责单位", "缺失资料");
        title(sheet, "可争取分（未得满分的评分项，按可争取分从高到低） · " + packTitle(), headers.size());
        header(sheet, headers);
        Map<String, Integer> ranks = new HashMap<>();
        for (Rank r : ranking) ranks.put(r.subject(), r.rank());
        Map<String, SubjectGaps> bySubject = new HashMap<>();
        for (SubjectGaps g : gaps) bySubject.putIfAbsent(g.subject(), g);
        int r = 2;
        for (Rank rank : ranking) {
            SubjectGaps g = bySubject.get(rank.subject());
            int n = 1;
            for (Gap gap : g.gaps()) {
                XSSFRow row = sheet.createRow(r++);
                int c = 0;
                sheets.text(row, c++, g.subject(), sheets.text);
                sheets.number(row, c++, ranks.get(g.subject()), sheets.number);
                sheets.number(row, c++, n++, sheets.number);
                sheets.text(row, c++, gap.itemId(), sheets.text);
                sheets.text(row, c++, gap.label(), sheets.text);
                sheets.text(row, c++, gap.indicatorId() + " " + gap.indicatorName(), sheets.text);
                sheets.number(row, c++, gap.score(), sheets.number);
                sheets.number(row, c++, gap.max(), sheets.number);
                sheets.number(row, c++, gap.obtainable(), sheets.boldNumber);
                sheets.text(row, c++, gap.limit() == null ? "" : gap.limit(), sheets.text);
                sheets.text(row, c++, actions(gap), sheets.text);
                sheets.text(row, c++, String.join("、", gap.units()), sheets.text);
                sheets.text(row, c, gap.missing() ? "是" : "", sheets.text);
            }
        }
        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.size() - 1));
        widths(sheet, 10, 6, 6, 22, 34, 22, 7, 7, 8, 18, 40, 30, 8);
    }

    private void subject(SubjectResult s, int rank) {
        XSSFSheet sheet = workbook.createSheet(sheets.sheetName(s.subject()));
        List<String> headers = List.of("层级", "编号", "名称", "得分", "满分", "得分率", "说明");
        title(sheet, s.subject() + " · 第 " + rank + " 名 · 总分 " + plain(s.total()) + " / "
                + plain(s.baseMax().add(s.bonusMax())) + " · " + packTitle(), headers.size());
        header(sheet, headers);
        int r = 2;
        r = line(sheet, r, "总分", "total", "总分", s.total(), s.baseMax().add(s.bonusMax()), "", 0, true);
        r = line(sheet, r, "基础分", "base", "基础分", s.base(), s.baseMax(), "", 0, false);
        r = line(sheet, r, "附加分", "bonus", "附加分", s.bonus(), s.bonusMax(), "不计入基础分", 0, false);
        for (DimensionResult d : s.dimensions()) {
            r = line(sheet, r, "维度", d.id(), d.name(), d.score(), d.max(), d.bonus() ? "附加分" : "", 0, true);
            for (IndicatorResult i : d.indicators()) {
                r = line(sheet, r, "指标", i.id(), i.name(), i.score(), i.max(), "", 1, false);
                for (ItemResult item : i.items()) {
                    r = line(sheet, r, "评分项", item.id(), item.label(), item.score(), item.max(), item.explanation(), 2,
                            false);
                }
            }
        }
        r++;
        for (String fact : s.missing()) {
            XSSFRow row = sheet.createRow(r++);
            sheets.text(row, 0, "缺失资料", sheets.bold);
            sheets.text(row, 1, fact, sheets.text);
            sheets.text(row, 2, factLabels.getOrDefault(fact, ""), sheets.text);
            sheets.text(row, 6, "未提供：本项按 0 分计", sheets.text);
        }
        for (String warning : s.warnings()) {
            XSSFRow row = sheet.createRow(r++);
            sheets.text(row, 0, "警告", sheets.bold);
            sheets.text(row, 6, warning, sheets.text);
        }
        sheet.createFreezePane(0, 2);
        widths(sheet, 8, 26, 40, 9, 8, 8, 60);
    }

    private int line(XSSFSheet sheet, int r, String level, String id, String name, BigDecimal score, BigDecimal max,
            String explanation, int indent, boolean strong) {
        XSSFRow row = sheet.createRow(r);
        sheets.text(row, 0, level, strong ? sheets.bold : sheets.text);
        sheets.text(row, 1, id, sheets.indent(indent));
        sheets.text(row, 2, name, strong ? sheets.bold : sheets.indent(indent));
        sheets.number(row, 3, score, strong ? sheets.boldNumber : sheets.number);
        sheets.number(row, 4, max, sheets.number);
        if (score != null && max != null && max.signum() != 0) {
            sheets.number(row, 5, score.divide(max, MathContext.DECIMAL64), sheets.percent);
        }
        sheets.text(row, 6, explanation == null ? "" : explanation, sheets.text);
        return r + 1;
    }

    private void title(XSSFSheet sheet, String text, int columns) {
        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(20);
        sheets.text(row, 0, text, sheets.title);
        if (columns > 1) sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private void header(XSSFSheet sheet, List<String> headers) {
        XSSFRow row = sheet.createRow(1);
        row.setHeightInPoints(30);
        for (int c = 0; c < headers.size(); c++) sheets.text(row, c, headers.get(c), sheets.header);
    }

    private static void widths(XSSFSheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) sheet.setColumnWidth(c, chars[c] * 256);
    }

    private static String actions(Gap gap) {
        List<String> parts = new ArrayList<>();
        for (FactHint h : gap.facts()) parts.add(h.action().isEmpty() ? h.label() : h.label() + "：" + h.action());
        return String.join("；", parts);
    }

    private static BigDecimal score(SubjectResult s, String dimension) {
        for (DimensionResult d : s.dimensions()) if (d.id().equals(dimension)) return d.score();
        return null;
    }

    private static String plain(BigDecimal v) {
        if (v == null) return "";
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
