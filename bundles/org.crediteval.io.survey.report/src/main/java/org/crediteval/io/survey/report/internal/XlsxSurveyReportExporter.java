package org.crediteval.io.survey.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Stratum;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.osgi.service.component.annotations.Component;

/**
 * The survey report as a workbook: 汇总 (per city), 配额 (per city and category), 分层 (the weighting), 选项占比
 * (per city, question and option), 排除 (every rejected response). Numbers are numeric cells; text that a
 * spreadsheet would read as a formula (starting with = + - @, tab, CR, LF) is prefixed with an apostrophe. Written
 * with POI's streaming workbook so that a long rejected list does not sit in memory.
 */
@Component(property = SurveyReportExporter.FORMAT + "=xlsx")
public class XlsxSurveyReportExporter implements SurveyReportExporter {

    @Override
    public void write(SurveyReport report, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(wb);
            summary(wb, styles, report);
            quotas(wb, styles, report);
            strata(wb, styles, report);
            shares(wb, styles, report);
            rejected(wb, styles, report);
            wb.write(out);
            out.flush();
        } finally {
            wb.close(); // also deletes the temporary files
        }
    }

    private static void summary(Workbook wb, Styles st, SurveyReport report) {
        Sheet s = sheet(wb, "汇总", st, "城市", "城市已知", "问卷", "有效", "无效", "重复", "逾期", "有效问卷（计分）", "指数", "得分",
                "配额不足类别数");
        int r = 1;
        for (CitySurvey c : report.cities()) {
            Row row = s.createRow(r++);
            text(row, 0, c.city());
            text(row, 1, c.known() ? "是" : "否");
            num(row, 2, c.responses());
            num(row, 3, c.valid());
            num(row, 4, c.invalid());
            num(row, 5, c.duplicate());
            num(row, 6, c.late());
            CityScore score = c.score();
            if (score != null) {
                num(row, 7, score.respondents());
                dec(row, 8, score.index(), st.index);
                dec(row, 9, score.score(), st.score);
            }
            num(row, 10, c.quotas().stream().filter(CategoryQuota::shortfall).count());
        }
        Row note = s.createRow(r + 1);
        text(note, 0, report.title() + "；截止时间 " + report.deadline() + "；满分 " + report.maxPoints().toPlainString());
    }

    private static void quotas(Workbook wb, Styles st, SurveyReport report) {
        Sheet s = sheet(wb, "配额", st, "城市", "类别", "配额", "有效", "缺口", "不足");
        int r = 1;
        for (CitySurvey c : report.cities()) {
            if (!c.known()) continue;
            for (CategoryQuota q : c.quotas()) {
                Row row = s.createRow(r++);
                text(row, 0, c.city());
                text(row, 1, q.code());
                num(row, 2, q.quota());
                num(row, 3, q.collected());
                num(row, 4, q.missing());
                text(row, 5, q.shortfall() ? "不足" : "");
                if (q.shortfall()) row.getCell(5).setCellStyle(st.warning);
            }
        }
    }

    private static void strata(Workbook wb, Styles st, SurveyReport report) {
        Sheet s = sheet(wb, "分层", st, "城市", "类别（第一类别）", "人数", "平均分", "权重");
        int r = 1;
        for (CitySurvey c : report.cities()) {
            if (c.score() == null) continue;
            for (Stratum x : c.score().strata()) {
                Row row = s.createRow(r++);
                text(row, 0, c.city());
                text(row, 1, x.category());
                num(row, 2, x.respondents());
                dec(row, 3, x.mean(), st.index);
                dec(row, 4, x.weight(), st.index);
            }
        }
    }

    private static void shares(Workbook wb, Styles st, SurveyReport report) {
        Sheet s = sheet(wb, "选项占比", st, "城市", "题号", "题目", "选项", "人数", "占比");
        int r = 1;
        for (CitySurvey c : report.cities()) {
            if (!c.known()) continue;
            for (QuestionShares q : c.questions()) {
                for (OptionShare o : q.options()) {
                    Row row = s.createRow(r++);
                    text(row, 0, c.city());
                    num(row, 1, q.number());
                    text(row, 2, q.text());
                    text(row, 3, o.label());
                    num(row, 4, o.count());
                    if (o.share() != null) dec(row, 5, o.share(), st.percent);
                }
            }
        }
    }

    private static void rejected(Workbook wb, Styles st, SurveyReport report) {
        Sheet s = sheet(wb, "排除", st, "文件", "行", "答卷编号", "城市", "类别", "原因");
        int r = 1;
        for (RejectedResponse x : report.rejected()) {
            Row row = s.createRow(r++);
            if (x.location() != null) {
                text(row, 0, x.location().file());
                num(row, 1, x.location().line());
            }
            text(row, 2, x.respondentId());
            text(row, 3, x.city());
            text(row, 4, Labels.rejection(x.rejection()));
            text(row, 5, x.reason());
        }
    }

    private static Sheet sheet(Workbook wb, String name, Styles st, String... header) {
        Sheet s = wb.createSheet(name);
        if (s instanceof SXSSFSheet sx) sx.trackAllColumnsForAutoSizing();
        Row row = s.createRow(0);
        for (int i = 0; i < header.length; i++) {
            row.createCell(i).setCellValue(header[i]);
            row.getCell(i).setCellStyle(st.header);
            s.setColumnWidth(i, Math.min(60, Math.max(8, DisplayWidth.of(header[i]) + 2)) * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(neutralise(value));
    }

    private static void num(Row row, int col, long value) {
        row.createCell(col).setCellValue(value);
    }

    /** A double cell: the exact decimal's nearest double (4 places shown); the JSON has the exact value. */
    private static void dec(Row row, int col, BigDecimal value, CellStyle style) {
        row.createCell(col).setCellValue(value.doubleValue());
        row.getCell(col).setCellStyle(style);
    }

    /** Text a spreadsheet could take for a formula (CSV/DDE injection) gets a leading apostrophe. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + value : value;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle warning;
        final CellStyle index;
        final CellStyle score;
        final CellStyle percent;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            Font red = wb.createFont();
            red.setColor(Font.COLOR_RED);
            warning = wb.createCellStyle();
            warning.setFont(red);
            index = wb.createCellStyle();
            index.setDataFormat(wb.createDataFormat().getFormat("0.000000"));
            score = wb.createCellStyle();
            score.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }
    }
}
