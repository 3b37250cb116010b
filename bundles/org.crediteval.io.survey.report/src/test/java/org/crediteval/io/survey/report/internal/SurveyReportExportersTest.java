package org.crediteval.io.survey.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Rejection;
import org.crediteval.api.survey.Stratum;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.junit.jupiter.api.Test;

class SurveyReportExportersTest {

    static SurveyReport report() {
        List<CategoryQuota> quotas = List.of(new CategoryQuota("企业人员", 100, 120), new CategoryQuota("学生", 50, 31));
        List<QuestionShares> questions = List.of(new QuestionShares(39, "您对…的评价是？", List.of(
                new OptionShare("非常满意", 100, new BigDecimal("0.6623")), new OptionShare("一般", 51, new BigDecimal("0.3377")))));
        CityScore score = new CityScore(151, new BigDecimal("0.7812345678901234567890123456789012"), new BigDecimal("7.8123"),
                List.of(new Stratum("企业人员", 120, new BigDecimal("0.8"), new BigDecimal("0.6666666666666666666666666666666667")),
                        new Stratum("学生", 31, new BigDecimal("0.7"), new BigDecimal("0.3333333333333333333333333333333333"))));
        CitySurvey maoming = new CitySurvey("茂名市", true, 160, 151, 5, 2, 2, quotas, questions, score);
        CitySurvey unknown = new CitySurvey("=HYPERLINK(\"x\")", false, 1, 0, 1, 0, 0, quotas, questions, null);
        List<RejectedResponse> rejected = new ArrayList<>();
        rejected.add(new RejectedResponse(Location.line("s.csv", 12), "R7", "茂名市", Rejection.DUPLICATE, "答卷编号重复（首次出现于 第 5 行）"));
        rejected.add(new RejectedResponse(Location.line("s.csv", 13), "@cmd\u001b[31m", "=HYPERLINK(\"x\")", Rejection.INVALID,
                "所在城市未知"));
        return new SurveyReport("gd-2017-survey", "社会获得感满意度调查问卷", "2017-08-15T23:59:59+08:00", BigDecimal.TEN,
                List.of(maoming, unknown), rejected);
    }

    private static byte[] write(SurveyReportExporter exporter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(report(), out);
        return out.toByteArray();
    }

    @Test
    void jsonNumbersAreExactAndPlain() throws Exception {
        String json = new String(write(new JsonSurveyReportExporter()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"score\": 7.8123").contains("\"index\": 0.7812345678901234567890123456789012")
                .contains("\"maxPoints\": 10").contains("\"share\": 0.6623").contains("\"score\": null")
                .contains("\"rejection\": \"duplicate\"").contains("\"line\": 12").contains("\"city\": \"茂名市\"")
                .contains("\"missing\": 19").contains("\"shortfall\": true").endsWith("}\n");
        // it parses as JSON
        try (var p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
            while (p.nextToken() != null) { }
        }
    }

    @Test
    void tableAlignsChineseColumnsAndFlagsShortfalls() throws Exception {
        String table = new String(write(new TableSurveyReportExporter()), StandardCharsets.UTF_8);
        String[] lines = table.split("\n");
        int header = -1;
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith("城市")) header = i;
        // the 得分 column ends at the same display column in the header and the city rows
        String h = lines[header];
        String row = lines[header + 1];
        assertThat(row).startsWith("茂名市");
        int end = DisplayWidth.of(h.substring(0, h.indexOf("得分") + 2));
        assertThat(DisplayWidth.of(row.substring(0, row.indexOf("7.8123") + 6))).isEqualTo(end);
        assertThat(table).contains("⚠ 1 类不足").contains("⚠ 19").contains("非常满意 66.23% (100)")
                .contains("被排除的问卷：2 份").contains("s.csv:12").contains("重复");
        assertThat(table).doesNotContain("\u001b"); // no terminal escapes from the data
    }

    @Test
    void xlsxHasNumericCellsAndNeutralisedText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(new XlsxSurveyReportExporter())))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            Sheet summary = wb.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("茂名市");
            assertThat(summary.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(151);
            assertThat(summary.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(7.8123);
            assertThat(summary.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            Sheet rejected = wb.getSheet("排除");
            assertThat(rejected.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(13);
            assertThat(rejected.getRow(2).getCell(2).getStringCellValue()).startsWith("'@cmd");
            Sheet quotas = wb.getSheet("配额");
            assertThat(quotas.getRow(2).getCell(5).getStringCellValue()).isEqualTo("不足");
            assertThat(wb.getSheet("选项占比").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(0.6623);
        }
    }

    @Test
    void neutralisation() {
        for (String bad : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx")) {
            assertThat(XlsxSurveyReportExporter.neutralise(bad)).startsWith("'");
        }
        assertThat(XlsxSurveyReportExporter.neutralise("茂名市")).isEqualTo("茂名市");
        assertThat(XlsxSurveyReportExporter.neutralise("R-1")).isEqualTo("R-1");
    }
}
