package org.crediteval.io.evidence.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crediteval.testing.SourcePacks;

/** The generated template, opened with POI as Excel would see it. */
class TemplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void oneSheetPerDimensionOneRowPerFact(String pack) throws Exception {
        Scheme scheme = SourcePacks.scheme(pack);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.template(scheme, List.of("茂名市", "湛江市"), null))) {
            List<String> visible = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                if (wb.getSheetVisibility(s) != SheetVisibility.VISIBLE) continue;
                visible.add(sheet.getSheetName());
                assertThat(sheet.getSheetName().length()).isLessThanOrEqualTo(31);
                assertThat(sheet.isColumnHidden(Layout.ID_COL)).isTrue();
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) Layout.FIRST_FACT_ROW);
                XSSFRow subjects = sheet.getRow(Layout.SUBJECT_ROW);
                assertThat(subjects.getCell(Layout.FIRST_SUBJECT_COL).getStringCellValue()).isEqualTo("茂名市");
                assertThat(subjects.getCell(Layout.FIRST_SUBJECT_COL + 3).getStringCellValue()).isEqualTo("湛江市");
                for (int r = Layout.FIRST_FACT_ROW; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    ids.add(row.getCell(Layout.ID_COL).getStringCellValue());
                    assertThat(row.getCell(Layout.LABEL_COL).getStringCellValue()).isNotBlank();
                    assertThat(row.getCell(Layout.POINTS_COL).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
            assertThat(visible).hasSize(scheme.getDimensions().size());
            assertThat(visible.get(0)).isEqualTo("1 " + scheme.getDimensions().get(0).getName());
            assertThat(ids).hasSize(scheme.getFacts().size());
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(Layout.META_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void gdSheetShowsLabelTypeAllowedPointsAndUnitsWithValidations() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null))) {
            XSSFSheet sheet = wb.getSheet("4 公共信用信息共享");
            assertThat(sheet).isNotNull();
            XSSFRow coverage = row(sheet, "4.1.person_coverage");
            assertThat(coverage.getCell(Layout.LABEL_COL).getStringCellValue()).isEqualTo("18岁以上户籍人口归集覆盖率");
            assertThat(coverage.getCell(Layout.TYPE_COL).getStringCellValue()).isEqualTo("比率（%）");
            assertThat(coverage.getCell(Layout.ALLOWED_COL).getStringCellValue()).isEqualTo("0–100");
            assertThat(coverage.getCell(Layout.POINTS_COL).getNumericCellValue()).isEqualTo(2.0);
            assertThat(coverage.getCell(Layout.UNITS_COL).getStringCellValue()).contains("市经信局");

            DataValidation rate = validationAt(sheet, coverage.getRowNum(), Layout.FIRST_SUBJECT_COL);
            assertThat(rate.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(rate.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(rate.getValidationConstraint().getFormula2()).isEqualTo("100");
            DataValidation bool = validationAt(sheet, row(sheet, "4.1.platform_reporting").getRowNum(), Layout.FIRST_SUBJECT_COL);
            assertThat(bool.getValidationConstraint().getExplicitListValues()).containsExactly("是", "否");
            DataValidation count = validationAt(sheet, row(sheet, "4.1.contributing_units").getRowNum(), Layout.FIRST_SUBJECT_COL);
            assertThat(count.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            DataValidation points = validationAt(sheet, row(sheet, "4.2.portal").getRowNum(), Layout.FIRST_SUBJECT_COL);
            assertThat(points.getValidationConstraint().getFormula2()).isEqualTo("1");

            XSSFSheet plans = wb.getSheet("2 规划分解与落实");
            DataValidation level = validationAt(plans, row(plans, "2.2.y2015").getRowNum(), Layout.FIRST_SUBJECT_COL);
            assertThat(level.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            String range = level.getValidationConstraint().getFormula1();
            assertThat(range).startsWith("'_lists'!");
            XSSFSheet lists = wb.getSheet(Layout.LISTS_SHEET);
            List<String> labels = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                int col = new org.apache.poi.ss.util.CellReference(range.substring(range.indexOf('!') + 1).split(":")[0])
                        .getCol();
                labels.add(lists.getRow(r).getCell(col).getStringCellValue());
            }
            assertThat(labels).containsExactly("全部完成", "部分完成", "未完成");
            assertThat(row(plans, "2.2.y2015_expert").getCell(Layout.ALLOWED_COL).getStringCellValue())
                    .contains("仅当").contains("部分完成");
        }
    }

    @Test
    void withoutSubjectsOneColumnIsLeftForTheUserToName() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("js-2012"), List.of(), null))) {
            XSSFRow subjects = wb.getSheetAt(0).getRow(Layout.SUBJECT_ROW);
            assertThat(subjects.getCell(Layout.FIRST_SUBJECT_COL).getStringCellValue()).isEmpty();
            assertThat(wb.getSheetAt(0).getRow(Layout.HEADER_ROW).getCell(Layout.FIRST_SUBJECT_COL).getStringCellValue())
                    .isEqualTo("值");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsLiteralText() throws Exception {
        Evidence evil = new Evidence(List.of("=cmd|' /C calc'!A0"), List.of(new RawFact("=cmd|' /C calc'!A0",
                "1.1.institution", "是", "=HYPERLINK(\"x\",\"y\")", "+1+1", Location.line("e.csv", 2))));
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of(), evil))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && Formulas.looksLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
                        }
                    }
                }
            }
            XSSFCell source = (XSSFCell) Workbooks.valueCell(wb, "1.1.institution", "=cmd|' /C calc'!A0").getRow()
                    .getCell(Layout.FIRST_SUBJECT_COL + 1);
            assertThat(source.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\",\"y\")");
            assertThat(source.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void sheetNamesFitExcel() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("8 “四大领域”建设")).isEqualTo("8 “四大领域”建设");
        String long1 = names.unique("5 信用信息与信用产品应用以及一个非常非常长的名字超过了三十一个字符的限制");
        assertThat(long1).hasSize(31);
        String long2 = names.unique("5 信用信息与信用产品应用以及一个非常非常长的名字超过了三十一个字符的限制");
        assertThat(long2).hasSize(31).endsWith("~2").isNotEqualTo(long1);
        assertThat(names.unique("a/b\\c?d*e[f]g:h")).isEqualTo("a_b_c_d_e_f_g_h");
        assertThat(names.unique("'quoted'")).isEqualTo("quoted");
        assertThat(SheetNames.reference("4 公共信用信息共享", "D7")).isEqualTo("'4 公共信用信息共享'!D7");
        assertThat(SheetNames.reference("it's", "A1")).isEqualTo("'it''s'!A1");
    }

    private static XSSFRow row(XSSFSheet sheet, String factId) {
        for (int r = Layout.FIRST_FACT_ROW; r <= sheet.getLastRowNum(); r++) {
            if (factId.equals(sheet.getRow(r).getCell(Layout.ID_COL).getStringCellValue())) return sheet.getRow(r);
        }
        throw new AssertionError("no row " + factId);
    }

    private static DataValidation validationAt(XSSFSheet sheet, int row, int col) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(row, col)) return v;
            }
        }
        throw new AssertionError("no validation at " + row + "," + col);
    }
}
