package org.crediteval.io.evidence.xlsx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell's value as the text the evidence formats use. Numbers are read from the stored decimal text, never
 * formatted through a double, then rounded to Excel's 15 significant digits ({@code 95.299999999999997} → {@code 95.3},
 * {@code 10} stays {@code 10}). Formulas are never evaluated: their last saved result is used.
 */
final class CellText {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A value that cannot stand for evidence, with the reason. */
    static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;
        final String shown;

        BadCell(String shown, String message) {
            super(message, null, false, false);
            this.shown = shown;
        }
    }

    private CellText() {
    }

    /** The value of an input cell; empty when blank. */
    static String value(XSSFCell cell) throws BadCell {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK, _NONE -> "";
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case NUMERIC -> number(cell);
            case ERROR -> throw new BadCell(errorText(cell), "the cell shows an error (" + errorText(cell)
                    + "); type the value itself");
            case FORMULA -> throw new BadCell(cell.getCellFormula(), "the formula has no saved result; type the value");
        };
    }

    /** Free text (source, note): what the cell shows, formulas as their saved result. */
    static String text(XSSFCell cell, DataFormatter formatter) {
        if (cell == null) return "";
        if (cell.getCellType() == CellType.STRING) return cell.getStringCellValue().strip();
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String number(XSSFCell cell) throws BadCell {
        if (DateUtil.isCellDateFormatted(cell)) {
            throw new BadCell(new DataFormatter().formatCellValue(cell), "a date is not a value of this template;"
                    + " type the number or text itself (format the cell as 常规/General)");
        }
        String raw = cell.getRawValue();
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (RuntimeException e) {
            throw new BadCell(raw, "the cell holds an unreadable number");
        }
        value = value.round(EXCEL_DIGITS);
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            // typed as 95% in Excel: stored as 0.95 with a percent format; the evidence formats write 95%
            return plain(value.multiply(HUNDRED).round(EXCEL_DIGITS)) + "%";
        }
        return plain(value);
    }

    private static String errorText(XSSFCell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
