package org.crediteval.io.evidence.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Scheme;

/** Writes one template workbook; see {@link Layout} for where everything goes. One instance per workbook. */
final class TemplateWriter {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private final Scheme scheme;
    private final List<FactInfo> facts;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final SheetNames names = new SheetNames();
    private final Map<String, String> levelLists = new HashMap<>(); // fact id → range on the lists sheet
    private final Styles styles;

    TemplateWriter(Scheme scheme, List<FactInfo> facts) {
        this.scheme = scheme;
        this.facts = facts;
        this.styles = new Styles(workbook);
        names.reserve(Layout.META_SHEET);
        names.reserve(Layout.LISTS_SHEET);
    }

    void write(List<String> wantedSubjects, Evidence prefill, OutputStream out) throws IOException {
        Map<String, RawFact> values = new HashMap<>();
        Set<String> subjectSet = new LinkedHashSet<>();
        for (String s : wantedSubjects) if (s != null && !s.isBlank()) subjectSet.add(s.strip());
        if (prefill != null) {
            Set<String> known = new HashSet<>();
            for (FactInfo f : facts) known.add(f.id());
            Set<String> unknown = new TreeSet<>();
            for (RawFact f : prefill.facts()) {
                if (!known.contains(f.factId())) unknown.add(f.factId());
                subjectSet.add(f.subject());
                values.putIfAbsent(key(f.subject(), f.factId()), f);
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("the evidence names facts that pack " + scheme.getId() + " "
                        + scheme.getVersion() + " does not define: " + String.join(", ", unknown));
            }
        }
        // no subject given: one column whose name the user types into the header
        List<String> subjects = subjectSet.isEmpty() ? java.util.Collections.singletonList("") : List.copyOf(subjectSet);

        meta();
        lists();
        Map<String, List<FactInfo>> byDimension = new LinkedHashMap<>();
        for (Dimension d : scheme.getDimensions()) byDimension.put(d.getId(), new ArrayList<>());
        List<FactInfo> orphans = new ArrayList<>();
        for (FactInfo f : facts) {
            List<FactInfo> list = f.dimensionId() == null ? null : byDimension.get(f.dimensionId());
            (list == null ? orphans : list).add(f);
        }
        for (Dimension d : scheme.getDimensions()) {
            List<FactInfo> list = byDimension.get(d.getId());
            if (list.isEmpty()) continue;
            String title = d.getId() + " " + d.getName() + "（满分 " + plain(d.getMax()) + " 分" + (d.isBonus() ? "，附加分" : "")
                    + "）";
            sheet(names.unique(d.getId() + " " + d.getName()), title, list, subjects, values);
        }
        if (!orphans.isEmpty()) sheet(names.unique("其他"), "其他事实（不属于任何评分项）", orphans, subjects, values);
        // the hidden sheets go last so that the first dimension opens
        workbook.setSheetOrder(Layout.META_SHEET, workbook.getNumberOfSheets() - 1);
        workbook.setSheetOrder(Layout.LISTS_SHEET, workbook.getNumberOfSheets() - 1);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        workbook.setSheetVisibility(workbook.getSheetIndex(Layout.META_SHEET), SheetVisibility.VERY_HIDDEN);
        workbook.setSheetVisibility(workbook.getSheetIndex(Layout.LISTS_SHEET), SheetVisibility.VERY_HIDDEN);
        workbook.getProperties().getCoreProperties().setTitle("证据填报模板 " + scheme.getId() + " " + scheme.getVersion());
        workbook.getProperties().getCoreProperties().setCreator("credit-eval");
        workbook.write(out);
        workbook.close();
    }

    private void meta() {
        XSSFSheet meta = workbook.createSheet(Layout.META_SHEET);
        String[][] rows = {{"marker", Layout.MARKER}, {"format", Layout.FORMAT_VERSION}, {"pack", scheme.getId()},
                {"version", scheme.getVersion()}};
        for (int r = 0; r < rows.length; r++) {
            XSSFRow row = meta.createRow(r);
            row.createCell(0).setCellValue(rows[r][0]);
            row.createCell(1).setCellValue(rows[r][1]);
        }
    }

    /** Level labels, one column per level fact: drop-downs point here (an inline list is limited to 255 chars). */
    private void lists() {
        XSSFSheet lists = workbook.createSheet(Layout.LISTS_SHEET);
        int column = 0;
        for (FactInfo f : facts) {
            if (!"level".equals(f.type()) || f.levels().isEmpty()) continue;
            for (int r = 0; r < f.levels().size(); r++) {
                XSSFRow row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                text(row.createCell(column), f.levels().get(r).label(), null);
            }
            String col = CellReference.convertNumToColString(column);
            levelLists.put(f.id(), "'" + Layout.LISTS_SHEET + "'!$" + col + "$1:$" + col + "$" + f.levels().size());
            column++;
        }
    }

    private void sheet(String name, String title, List<FactInfo> rows, List<String> subjects,
            Map<String, RawFact> values) {
        XSSFSheet sheet = workbook.createSheet(name);
        int lastCol = Layout.FIRST_SUBJECT_COL + subjects.size() * Layout.COLS_PER_SUBJECT - 1;

        XSSFRow titleRow = sheet.createRow(Layout.TITLE_ROW);
        titleRow.setHeightInPoints(22);
        text(titleRow.createCell(Layout.INDICATOR_COL), title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(Layout.TITLE_ROW, Layout.TITLE_ROW, Layout.INDICATOR_COL, Math.max(lastCol, Layout.UNITS_COL)));
        XSSFRow help = sheet.createRow(Layout.HELP_ROW);
        help.setHeightInPoints(30);
        text(help.createCell(Layout.INDICATOR_COL), "规则包 " + scheme.getId() + " " + scheme.getVersion()
                + "。请在各评估对象的“值”列填写（黄色格）：是/否和等级从下拉列表选择，比率填 0–100 的数，数量填整数；"
                + "不知道的留空（记为未提供）。“来源”填提供资料的单位或文件，“备注”填说明（酌情给分须写明理由）。"
                + "请勿修改隐藏的 A 列和表头。", styles.help);
        sheet.addMergedRegion(new CellRangeAddress(Layout.HELP_ROW, Layout.HELP_ROW, Layout.INDICATOR_COL, Math.max(lastCol, Layout.UNITS_COL)));

        XSSFRow subjectRow = sheet.createRow(Layout.SUBJECT_ROW);
        XSSFRow headerRow = sheet.createRow(Layout.HEADER_ROW);
        String[] fixed = {Layout.ID_HEADER, "指标", "评分事实", "类型", "可填值", "满分", "负责单位"};
        for (int c = 0; c < fixed.length; c++) {
            text(subjectRow.createCell(c), fixed[c], styles.header);
            text(headerRow.createCell(c), "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(Layout.SUBJECT_ROW, Layout.HEADER_ROW, c, c));
        }
        for (int s = 0; s < subjects.size(); s++) {
            int col = Layout.FIRST_SUBJECT_COL + s * Layout.COLS_PER_SUBJECT;
            text(subjectRow.createCell(col), subjects.get(s), subjects.get(s).isEmpty() ? styles.subjectToType : styles.header);
            text(subjectRow.createCell(col + 1), "", styles.header);
            text(subjectRow.createCell(col + 2), "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(Layout.SUBJECT_ROW, Layout.SUBJECT_ROW, col, col + 2));
            text(headerRow.createCell(col), Layout.VALUE, styles.header);
            text(headerRow.createCell(col + 1), Layout.SOURCE, styles.header);
            text(headerRow.createCell(col + 2), Layout.NOTE, styles.header);
            sheet.setColumnWidth(col, 14 * 256);
            sheet.setColumnWidth(col + 1, 26 * 256);
            sheet.setColumnWidth(col + 2, 26 * 256);
        }

        XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
        for (int r = 0; r < rows.size(); r++) {
            FactInfo f = rows.get(r);
            int rowIndex = Layout.FIRST_FACT_ROW + r;
            XSSFRow row = sheet.createRow(rowIndex);
            text(row.createCell(Layout.ID_COL), f.id(), styles.text);
            text(row.createCell(Layout.INDICATOR_COL), f.indicatorId() == null ? "" : f.indicatorId() + " " + f.indicatorName(),
                    styles.text);
            text(row.createCell(Layout.LABEL_COL), f.label(), styles.text);
            text(row.createCell(Layout.TYPE_COL), f.typeLabel(), styles.text);
            text(row.createCell(Layout.ALLOWED_COL), f.condition() == null ? f.allowed() : f.allowed() + "；" + f.condition(),
                    styles.text);
            XSSFCell points = row.createCell(Layout.POINTS_COL);
            points.setCellValue(f.points().doubleValue());
            points.setCellStyle(styles.number);
            text(row.createCell(Layout.UNITS_COL), String.join("、", f.units()), styles.text);

            CellRangeAddressList valueCells = new CellRangeAddressList();
            for (int s = 0; s < subjects.size(); s++) {
                int col = Layout.FIRST_SUBJECT_COL + s * Layout.COLS_PER_SUBJECT;
                RawFact given = values.get(key(subjects.get(s), f.id()));
                value(row.createCell(col), f, given == null ? null : given.value());
                text(row.createCell(col + 1), given == null ? "" : given.source(), styles.free);
                text(row.createCell(col + 2), given == null ? "" : given.note(), styles.free);
                valueCells.addCellRangeAddress(rowIndex, col, rowIndex, col);
            }
            DataValidation validation = validation(validations, f, valueCells);
            if (validation != null) sheet.addValidationData(validation);
        }

        sheet.setColumnHidden(Layout.ID_COL, true);
        sheet.setColumnWidth(Layout.ID_COL, 24 * 256);
        sheet.setColumnWidth(Layout.INDICATOR_COL, 18 * 256);
        sheet.setColumnWidth(Layout.LABEL_COL, 38 * 256);
        sheet.setColumnWidth(Layout.TYPE_COL, 10 * 256);
        sheet.setColumnWidth(Layout.ALLOWED_COL, 22 * 256);
        sheet.setColumnWidth(Layout.POINTS_COL, 7 * 256);
        sheet.setColumnWidth(Layout.UNITS_COL, 26 * 256);
        sheet.createFreezePane(Layout.LABEL_COL + 1, Layout.FIRST_FACT_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(Layout.SUBJECT_ROW, Layout.HEADER_ROW, -1, -1));
    }

    /** A value cell: numbers as numbers, everything else as text, in the yellow input style. */
    private void value(XSSFCell cell, FactInfo f, String given) {
        boolean numeric = switch (f.type()) {
            case "count", "rate", "points", "money" -> true;
            default -> false;
        };
        if (given == null || given.isBlank()) {
            cell.setCellStyle(numeric ? styles.inputNumber : styles.inputText);
            return;
        }
        if (numeric) {
            String number = given.strip();
            if ("rate".equals(f.type()) && (number.endsWith("%") || number.endsWith("％"))) {
                number = number.substring(0, number.length() - 1).strip();
            }
            if ("money".equals(f.type()) && number.endsWith("万元")) number = number.substring(0, number.length() - 2).strip();
            // only what a double holds exactly enough (15 significant digits) becomes a number cell
            if (PLAIN_DECIMAL.matcher(number).matches() && new BigDecimal(number).precision() <= 15) {
                cell.setCellValue(new BigDecimal(number).doubleValue());
                cell.setCellStyle(styles.inputNumber);
                return;
            }
        }
        text(cell, given, styles.inputText);
    }

    private DataValidation validation(XSSFDataValidationHelper helper, FactInfo f, CellRangeAddressList cells) {
        DataValidationConstraint constraint;
        String rule;
        switch (f.type()) {
            case "bool" -> {
                constraint = helper.createExplicitListConstraint(new String[] {"是", "否"});
                rule = "请从下拉列表选择：是 或 否";
            }
            case "level" -> {
                String range = levelLists.get(f.id());
                if (range == null) return null;
                constraint = helper.createFormulaListConstraint(range);
                rule = "请从下拉列表选择：" + f.allowed();
            }
            case "count" -> {
                constraint = helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                rule = "请填 0 或正整数";
            }
            case "rate" -> {
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
                rule = "请填 0 到 100 之间的数（百分比的数值，如 95.5）";
            }
            case "points" -> {
                if (f.max() == null) {
                    constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                    rule = "请填不小于 0 的分数";
                } else {
                    constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", plain(f.max()));
                    rule = "请填 0 到 " + plain(f.max()) + " 之间的分数";
                }
            }
            case "money" -> {
                constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                rule = "请填不小于 0 的金额（万元）";
            }
            default -> {
                return null;
            }
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("填写有误", cut(rule, 225));
        validation.setShowPromptBox(true);
        validation.createPromptBox(cut(f.label(), 32), cut(rule + (f.condition() == null ? "" : "；" + f.condition()), 250));
        validation.setEmptyCellAllowed(true);
        // XSSF inverts this flag for lists: true shows the in-cell drop-down arrow
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true);
        }
        return validation;
    }

    /** A text cell; text that a spreadsheet would read as a formula is marked as literal text (quote prefix). */
    private void text(XSSFCell cell, String value, XSSFCellStyle style) {
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        if (Formulas.looksLikeFormula(v)) cell.setCellStyle(styles.quoted(style));
        else if (style != null) cell.setCellStyle(style);
    }

    private static String key(String subject, String fact) {
        return subject + '\u0000' + fact;
    }

    private static String plain(BigDecimal v) {
        if (v == null) return "";
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The cell styles, made once per workbook (a workbook holds at most 64 000 styles). */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle help;
        final XSSFCellStyle header;
        final XSSFCellStyle subjectToType;
        final XSSFCellStyle text;
        final XSSFCellStyle number;
        final XSSFCellStyle inputText;
        final XSSFCellStyle inputNumber;
        final XSSFCellStyle free;
        private final XSSFWorkbook workbook;
        private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            XSSFFont grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            short textFormat = workbook.createDataFormat().getFormat("@");

            title = workbook.createCellStyle();
            title.setFont(big);
            help = workbook.createCellStyle();
            help.setFont(grey);
            help.setWrapText(true);
            help.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            subjectToType = bordered();
            subjectToType.cloneStyleFrom(header);
            subjectToType.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            text = bordered();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            inputText = bordered();
            inputText.setDataFormat(textFormat);
            inputText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            inputText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputText.setVerticalAlignment(VerticalAlignment.TOP);
            inputText.setLocked(false);
            inputNumber = bordered();
            inputNumber.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            inputNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputNumber.setVerticalAlignment(VerticalAlignment.TOP);
            inputNumber.setLocked(false);
            free = bordered();
            free.setDataFormat(textFormat);
            free.setWrapText(true);
            free.setVerticalAlignment(VerticalAlignment.TOP);
            free.setLocked(false);
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        XSSFCellStyle quoted(XSSFCellStyle base) {
            return quoted.computeIfAbsent(base == null ? text : base, b -> {
                XSSFCellStyle s = workbook.createCellStyle();
                s.cloneStyleFrom(b);
                s.setQuotePrefixed(true);
                return s;
            });
        }
    }

}
