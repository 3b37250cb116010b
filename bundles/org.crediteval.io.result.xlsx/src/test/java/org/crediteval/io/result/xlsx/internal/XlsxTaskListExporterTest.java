package org.crediteval.io.result.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.junit.jupiter.api.Test;
import org.crediteval.testing.SourcePacks;

class XlsxTaskListExporterTest {

    @Test
    void oneRowPerUnitAndFactWithTheMissingSubjects() throws Exception {
        TaskList tasks = new DefaultAnalysis().tasks(SourcePacks.scheme("gd-2017"), SourcePacks.examples("gd-2017"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTaskListExporter().write(tasks, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo(tasks.units().get(0).unit());
            assertThat(summary.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            XSSFSheet detail = wb.getSheet("分工表");
            int expected = tasks.units().stream().mapToInt(UnitTasks::facts).sum();
            assertThat(detail.getLastRowNum() - 1).isEqualTo(expected);
            assertThat(detail.getRow(1).getCell(9).getStringCellValue()).isEqualTo("尚缺的对象");
            int missing = 0;
            for (int r = 2; r <= detail.getLastRowNum(); r++) missing += (int) detail.getRow(r).getCell(10).getNumericCellValue();
            assertThat(missing).isEqualTo(tasks.units().stream().mapToInt(UnitTasks::missing).sum()).isPositive();
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
        }
    }
}
