package org.crediteval.io.result.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.TaskListExporter;
import org.crediteval.analysis.api.UnitTasks;
import org.osgi.service.component.annotations.Component;

/**
 * The task list (分工表) as a workbook: 汇总 (one row per unit) and 分工表 (one row per unit and fact, with an
 * auto-filter, so each department filters its own rows). With evidence, the subjects still missing each fact.
 */
@Component(property = TaskListExporter.FORMAT + "=xlsx")
public class XlsxTaskListExporter implements TaskListExporter {

    @Override
    public void write(TaskList tasks, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(workbook);
            summary(tasks, sheets);
            detail(tasks, sheets);
            workbook.write(out);
        }
        out.flush();
    }

    private static void summary(TaskList tasks, Sheets sheets) {
        XSSFSheet sheet = sheets.workbook.createSheet(sheets.sheetName("汇总"));
        List<String> headers = new ArrayList<>(List.of("负责单位", "事实数"));
        if (tasks.checked()) headers.add("尚缺（事实×对象）");
        title(sheets, sheet, "资料提供分工表 · 规则包 " + tasks.packId() + " " + tasks.packVersion()
                + (tasks.checked() ? " · 已对照：" + String.join("、", tasks.subjects()) : ""), headers);
        int r = 2;
        for (UnitTasks u : tasks.units()) {
            XSSFRow row = sheet.createRow(r++);
            sheets.text(row, 0, u.unit(), sheets.text);
            sheets.number(row, 1, u.facts(), sheets.number);
            if (tasks.checked()) sheets.number(row, 2, u.missing(), sheets.number);
        }
        sheet.createFreezePane(0, 2);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 18 * 256);
    }

    private static void detail(TaskList tasks, Sheets sheets) {
        XSSFSheet sheet = sheets.workbook.createSheet(sheets.sheetName("分工表"));
        List<String> headers = new ArrayList<>(List.of("负责单位", "维度", "指标", "事实编号", "事实", "类型", "可填值",
                "满分", "共同负责单位"));
        if (tasks.checked()) headers.addAll(List.of("尚缺的对象", "尚缺数"));
        title(sheets, sheet, "资料提供分工表（每个负责单位的每项事实一行） · 规则包 " + tasks.packId() + " "
                + tasks.packVersion(), headers);
        int r = 2;
        for (UnitTasks u : tasks.units()) {
            for (IndicatorTask i : u.indicators()) {
                for (FactTask f : i.facts()) {
                    XSSFRow row = sheet.createRow(r++);
                    int c = 0;
                    sheets.text(row, c++, u.unit(), sheets.text);
                    sheets.text(row, c++, i.dimensionId() == null ? "" : i.dimensionId() + " " + i.dimensionName(), sheets.text);
                    sheets.text(row, c++, (i.indicatorId() == null ? "" : i.indicatorId() + " ") + i.indicatorName(), sheets.text);
                    sheets.text(row, c++, f.fact().id(), sheets.text);
                    sheets.text(row, c++, f.fact().label(), sheets.text);
                    sheets.text(row, c++, f.fact().typeLabel(), sheets.text);
                    sheets.text(row, c++, f.fact().condition() == null ? f.fact().allowed()
                            : f.fact().allowed() + "；" + f.fact().condition(), sheets.text);
                    sheets.number(row, c++, f.fact().points(), sheets.number);
                    sheets.text(row, c++, String.join("、", i.sharedWith()), sheets.text);
                    if (tasks.checked()) {
                        sheets.text(row, c++, String.join("、", f.missingFor()), sheets.text);
                        sheets.number(row, c, f.missingFor().size(), sheets.number);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.size() - 1));
        int[] widths = {24, 18, 22, 26, 40, 10, 22, 7, 30, 30, 8};
        for (int c = 0; c < headers.size(); c++) sheet.setColumnWidth(c, widths[c] * 256);
    }

    private static void title(Sheets sheets, XSSFSheet sheet, String text, List<String> headers) {
        XSSFRow row = sheet.createRow(0);
        sheets.text(row, 0, text, sheets.title);
        if (headers.size() > 1) sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        XSSFRow header = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) sheets.text(header, c, headers.get(c), sheets.header);
    }
}
