package org.crediteval.io.evidence.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.model.scheme.Scheme;

/** Test helpers: templates in memory, cells by fact id and subject, zip surgery for hostile files. */
final class Workbooks {
    private Workbooks() {
    }

    static byte[] template(Scheme scheme, List<String> subjects, Evidence prefill) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxEvidenceTemplate(new DefaultAnalysis()).write(scheme, subjects, prefill, out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static Path save(XSSFWorkbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The value cell of {@code factId} for {@code subject}, wherever its sheet is. */
    static XSSFCell valueCell(XSSFWorkbook workbook, String factId, String subject) {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            if (sheet.getSheetName().startsWith("_")) continue;
            XSSFRow subjects = sheet.getRow(Layout.SUBJECT_ROW);
            int column = -1;
            for (int c = Layout.FIRST_SUBJECT_COL; c < subjects.getLastCellNum(); c += Layout.COLS_PER_SUBJECT) {
                if (subject.equals(subjects.getCell(c).getStringCellValue())) column = c;
            }
            for (int r = Layout.FIRST_FACT_ROW; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && factId.equals(row.getCell(0).getStringCellValue())) {
                    if (column < 0) throw new AssertionError("no column for " + subject + " on " + sheet.getSheetName());
                    XSSFCell cell = row.getCell(column);
                    return cell == null ? row.createCell(column) : cell;
                }
            }
        }
        throw new AssertionError("no row for " + factId);
    }

    /** A copy of a zip with some entries rewritten (by name) or added. */
    static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> changes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                UnaryOperator<byte[]> change = changes.get(e.getName());
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change == null ? data : change.apply(data));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip entry streamed from {@code in} (for entries too big to hold). */
    static byte[] zipWithHugeEntry(byte[] zip, String name, InputStream content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) content.transferTo(z);
                else in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
