package org.crediteval.io.result.xlsx.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet of the XLSX exports needs: a few shared styles, cells that are numbers or neutralised text,
 * and Excel-safe unique sheet names.
 */
final class Sheets {
    final XSSFWorkbook workbook;
    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle bold;
    final XSSFCellStyle number;
    final XSSFCellStyle boldNumber;
    final XSSFCellStyle percent;
    private final Map<Integer, XSSFCellStyle> indented = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    Sheets(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont boldFont = workbook.createFont();
        boldFont.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        short numberFormat = workbook.createDataFormat().getFormat("0.####");
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.cloneStyleFrom(text);
        bold.setFont(boldFont);
        number = workbook.createCellStyle();
        number.setDataFormat(numberFormat);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        boldNumber = workbook.createCellStyle();
        boldNumber.cloneStyleFrom(number);
        boldNumber.setFont(boldFont);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
    }

    XSSFCellStyle indent(int level) {
        return indented.computeIfAbsent(level, l -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(text);
            s.setIndention(l.shortValue());
            return s;
        });
    }

    /** A text cell; text a spreadsheet could run as a formula gets a leading apostrophe, as in the CSV export. */
    XSSFCell text(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(neutralise(value));
        cell.setCellStyle(style);
        return cell;
    }

    /** A number cell; empty when there is no number. The decimal has at most a few places: a double holds it. */
    XSSFCell number(XSSFRow row, int column, BigDecimal value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (value != null) cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
        return cell;
    }

    XSSFCell number(XSSFRow row, int column, long value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** OWASP formula injection: = + - @ tab CR LF at the start make a cell a formula when edited or re-imported. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) return "";
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + value : value;
    }

    /** A unique sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], no edge apostrophes. */
    String sheetName(String wanted) {
        StringBuilder b = new StringBuilder();
        for (char c : (wanted == null ? "" : wanted).toCharArray()) {
            b.append(":\\/?*[]".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String base = b.toString().strip().replaceAll("^'+", "");
        base = cut(base, 31).replaceAll("'+$", "");
        if (base.isBlank()) base = "Sheet";
        String name = base;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = cut(base, 31 - ("~" + n).length()) + "~" + n;
        }
        return name;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
