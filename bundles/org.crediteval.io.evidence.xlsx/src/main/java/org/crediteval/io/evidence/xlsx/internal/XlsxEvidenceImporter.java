package org.crediteval.io.evidence.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a filled evidence template (see {@link Layout}). Like the CSV importer it checks only the file itself:
 * the layout, unreadable cells (errors, dates, broken numbers), a fact given twice, a subject column without a
 * name. Fact ids and value types are checked against the pack by the engine, which reports each problem with the
 * cell it came from ({@code '4 公共信用信息共享'!H7}).
 *
 * <p>A subject is a value column with a name in the subject row and at least one filled value; blank values are
 * facts not supplied. Subjects keep the order they first appear in (sheet by sheet, left to right).
 */
@Component(property = {EvidenceImporter.FORMAT + "=xlsx", EvidenceImporter.EXTENSIONS + "=xlsx"})
public class XlsxEvidenceImporter implements EvidenceImporter {
    /** Beyond this many problems the file is most likely not a template at all. */
    static final int MAX_PROBLEMS = 100;

    @Override
    public Evidence read(Path file) throws IOException, EvidenceException {
        String name = file.toString();
        XSSFWorkbook workbook;
        try {
            workbook = SafeWorkbooks.open(file);
        } catch (SafeWorkbooks.Refused e) {
            throw new EvidenceException(problem(new Location(name, 0, null), e.getMessage()));
        }
        try {
            return read(workbook, name);
        } catch (RuntimeException e) {
            // a structurally odd workbook POI only trips over while reading cells
            throw new EvidenceException(problem(new Location(name, 0, null),
                    "the workbook cannot be read: " + SafeWorkbooks.reason(e)));
        } finally {
            workbook.close();
        }
    }

    private Evidence read(XSSFWorkbook workbook, String file) throws EvidenceException {
        List<EvidenceProblem> problems = new ArrayList<>();
        if (workbook.getSheet(Layout.META_SHEET) == null) {
            throw new EvidenceException(problem(new Location(file, 0, null), "the workbook is not a credit-eval evidence"
                    + " template (its hidden sheet " + Layout.META_SHEET + " is missing); generate one with"
                    + " 'credit-eval template --pack ID'"));
        }
        Set<String> subjects = new LinkedHashSet<>();
        List<RawFact> facts = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        int templateSheets = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            String sheetName = sheet.getSheetName();
            if (sheetName.equals(Layout.META_SHEET) || sheetName.equals(Layout.LISTS_SHEET)) continue;
            XSSFRow header = sheet.getRow(Layout.HEADER_ROW);
            XSSFRow subjectRow = sheet.getRow(Layout.SUBJECT_ROW);
            if (subjectRow == null || header == null
                    || !Layout.ID_HEADER.equals(CellText.text(subjectRow.getCell(Layout.ID_COL), formatter))) {
                continue; // a sheet the user added (notes, a chart): not part of the template
            }
            templateSheets++;
            List<SubjectColumns> columns = columns(sheet, subjectRow, header, formatter, file, problems);
            for (int r = Layout.FIRST_FACT_ROW; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) continue;
                String factId = CellText.text(row.getCell(Layout.ID_COL), formatter);
                for (SubjectColumns c : columns) {
                    XSSFCell cell = row.getCell(c.value);
                    Location where = Location.cell(file, SheetNames.reference(sheetName,
                            new CellReference(r, c.value).formatAsString(false)));
                    String value;
                    try {
                        value = CellText.value(cell);
                    } catch (CellText.BadCell bad) {
                        problems.add(new EvidenceProblem(where, blankToNull(c.subject), blankToNull(factId), bad.shown,
                                bad.getMessage()));
                        continue;
                    }
                    if (value.isEmpty()) continue; // not supplied
                    if (factId.isEmpty()) {
                        problems.add(new EvidenceProblem(where, blankToNull(c.subject), null, value,
                                "the row has no fact id in the hidden column A; do not insert rows or edit column A"));
                        continue;
                    }
                    if (c.subject.isEmpty()) {
                        problems.add(new EvidenceProblem(where, null, factId, value, "the column has values but no subject"
                                + " name: type it in " + SheetNames.reference(sheetName,
                                new CellReference(Layout.SUBJECT_ROW, c.value).formatAsString(false))));
                        continue;
                    }
                    String first = seen.putIfAbsent(c.subject + '\u0000' + factId, where.cell());
                    if (first != null) {
                        problems.add(new EvidenceProblem(where, c.subject, factId, value,
                                "the same fact is given twice for this subject (" + first + " and " + where.cell() + ")"));
                        continue;
                    }
                    subjects.add(c.subject);
                    facts.add(new RawFact(c.subject, factId, value, CellText.text(row.getCell(c.source), formatter),
                            CellText.text(row.getCell(c.note), formatter), where));
                }
                if (problems.size() >= MAX_PROBLEMS) throw new EvidenceException(problems);
            }
        }
        if (templateSheets == 0) {
            problems.add(problem(new Location(file, 0, null), "the workbook has no template sheet (a sheet whose cell A3"
                    + " reads " + Layout.ID_HEADER + ")"));
        } else if (facts.isEmpty() && problems.isEmpty()) {
            problems.add(problem(new Location(file, 0, null), "no evidence: every value cell of the template is empty"));
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return new Evidence(List.copyOf(subjects), facts);
    }

    /** A subject's three columns. */
    private record SubjectColumns(String subject, int value, int source, int note) {
    }

    /** The value columns of a sheet, found by their header (值), each with the name in the subject row above. */
    private static List<SubjectColumns> columns(XSSFSheet sheet, XSSFRow subjectRow, XSSFRow header,
            DataFormatter formatter, String file, List<EvidenceProblem> problems) {
        List<SubjectColumns> columns = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int c = Layout.FIRST_SUBJECT_COL; c < header.getLastCellNum(); c++) {
            if (!Layout.VALUE.equals(CellText.text(header.getCell(c), formatter))) continue;
            String subject = CellText.text(subjectRow.getCell(mergedStart(sheet, c)), formatter);
            int source = Layout.SOURCE.equals(CellText.text(header.getCell(c + 1), formatter)) ? c + 1 : -1;
            int note = Layout.NOTE.equals(CellText.text(header.getCell(c + 2), formatter)) ? c + 2 : -1;
            if (!subject.isEmpty() && !names.add(subject)) {
                problems.add(new EvidenceProblem(Location.cell(file, SheetNames.reference(sheet.getSheetName(),
                        new CellReference(Layout.SUBJECT_ROW, c).formatAsString(false))), subject, null, null,
                        "the subject has two columns on this sheet"));
                continue;
            }
            columns.add(new SubjectColumns(subject, c, source, note));
        }
        return columns;
    }

    /** The first column of a merged subject header that covers {@code column}, else the column itself. */
    private static int mergedStart(XSSFSheet sheet, int column) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(Layout.SUBJECT_ROW, column)) return region.getFirstColumn();
        }
        return column;
    }

    private static EvidenceProblem problem(Location location, String message) {
        return new EvidenceProblem(location, null, null, null, message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
