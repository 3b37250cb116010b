package org.crediteval.io.result.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crediteval.testing.SourcePacks;

/** Opens the exported workbook with POI and checks sheets, numbers, frozen headers and formula safety. */
class XlsxResultExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void rankingAndSubjectSheetsHoldTheExactNumbers(String pack) throws Exception {
        ScoreResult result = SourcePacks.score(pack, SourcePacks.examples(pack));
        try (XSSFWorkbook wb = export(result)) {
            assertThat(wb.getSheetName(0)).isEqualTo("排名");
            assertThat(wb.getSheetName(1)).isEqualTo("可争取分");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2 + result.subjects().size());

            XSSFSheet ranking = wb.getSheet("排名");
            assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ranking.getRow(1).getCell(2).getStringCellValue()).isEqualTo("总分");
            BigDecimal previous = null;
            for (int r = 2; r < 2 + result.subjects().size(); r++) {
                XSSFRow row = ranking.getRow(r);
                SubjectResult s = subject(result, row.getCell(1).getStringCellValue());
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                BigDecimal total = new BigDecimal(row.getCell(2).getRawValue());
                assertThat(total).isEqualByComparingTo(s.total());
                assertThat(new BigDecimal(row.getCell(3).getRawValue())).isEqualByComparingTo(s.base());
                assertThat(row.getCell(0).getNumericCellValue()).isPositive();
                if (previous != null) assertThat(total).isLessThanOrEqualTo(previous);
                previous = total;
            }

            SubjectResult first = result.subjects().get(0);
            XSSFSheet sheet = wb.getSheet(first.subject());
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            List<String> ids = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) continue;
                ids.add(row.getCell(1).getStringCellValue());
                if ("评分项".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
            first.dimensions().forEach(d -> d.indicators().forEach(i -> i.items().forEach(
                    item -> assertThat(ids).contains(item.id()))));
            XSSFRow totalRow = sheet.getRow(2);
            assertThat(new BigDecimal(totalRow.getCell(3).getRawValue())).isEqualByComparingTo(first.total());
            assertNoFormulas(wb);
        }
    }

    @Test
    void pointsAtStakeSheetIsOrderedPerSubject() throws Exception {
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        try (XSSFWorkbook wb = export(result)) {
            XSSFSheet gaps = wb.getSheet("可争取分");
            assertThat(gaps.getRow(1).getCell(8).getStringCellValue()).isEqualTo("可争取");
            String subject = null;
            double last = Double.MAX_VALUE;
            int rows = 0;
            for (int r = 2; r <= gaps.getLastRowNum(); r++) {
                XSSFRow row = gaps.getRow(r);
                String s = row.getCell(0).getStringCellValue();
                double obtainable = row.getCell(8).getNumericCellValue();
                if (!s.equals(subject)) {
                    subject = s;
                    last = Double.MAX_VALUE;
                }
                assertThat(obtainable).isPositive().isLessThanOrEqualTo(last);
                last = obtainable;
                rows++;
            }
            assertThat(rows).isPositive();
            assertThat(gaps.getRow(2).getCell(11).getStringCellValue()).isNotBlank(); // responsible units
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndNumbersStayNumbers() throws Exception {
        String evil = "=cmd|' /C calc'!A0";
        String tab = "\t@SUM(1)";
        Evidence evidence = new Evidence(List.of(evil, tab, "-2+3"), List.of(
                new RawFact(evil, "1.1.institution", "是", "", "", Location.line("e.csv", 2)),
                new RawFact(tab, "1.1.institution", "否", "", "", Location.line("e.csv", 3)),
                new RawFact("-2+3", "1.1.duties", "是", "", "", Location.line("e.csv", 4))));
        ScoreResult result = SourcePacks.score("gd-2017", evidence);
        try (XSSFWorkbook wb = export(result)) {
            assertNoFormulas(wb);
            List<String> names = new ArrayList<>();
            for (int r = 2; r < 5; r++) names.add(wb.getSheet("排名").getRow(r).getCell(1).getStringCellValue());
            assertThat(names).containsExactlyInAnyOrder("'" + evil, "'" + tab, "'-2+3");
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) continue;
                        String v = cell.getStringCellValue();
                        assertThat(v.isEmpty() || "=+-@\t\r\n".indexOf(v.charAt(0)) < 0)
                                .as("%s!%s = %s", sheet.getSheetName(), cell.getAddress(), v).isTrue();
                    }
                }
            }
            // numbers are numbers even when negative-looking text is around
            XSSFCell total = wb.getSheet("排名").getRow(2).getCell(2);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wb.getSheetName(2).length()).isLessThanOrEqualTo(31);
        }
    }

    @Test
    void writesTheDemoWorkbook() throws Exception {
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxResultExporter(new DefaultAnalysis(), SourcePacks.registry()).write(result, out);
        Files.write(Path.of("target/result-gd-2017.xlsx"), out.toByteArray());
        assertThat(out.size()).isGreaterThan(10_000);
    }

    private static XSSFWorkbook export(ScoreResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxResultExporter(new DefaultAnalysis(), SourcePacks.registry()).write(result, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertNoFormulas(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            }
        }
    }

    private static SubjectResult subject(ScoreResult result, String name) {
        return result.subjects().stream().filter(s -> s.subject().equals(name)).findFirst().orElseThrow();
    }
}
