package org.crediteval.io.evidence.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crediteval.testing.SourcePacks;

/** Wrongly typed cells name their sheet and cell; broken and hostile files give one clear problem. */
class ImporterProblemsTest {
    @TempDir
    Path dir;

    private final XlsxEvidenceImporter importer = new XlsxEvidenceImporter();

    @Test
    void aWronglyTypedValueIsReportedWithSheetAndCell() throws Exception {
        XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null));
        XSSFCell bool = Workbooks.valueCell(wb, "4.1.platform_reporting", "茂名市");
        bool.setCellValue("也许");
        XSSFCell rate = Workbooks.valueCell(wb, "4.1.person_coverage", "茂名市");
        rate.setCellValue(120);
        Evidence evidence = importer.read(Workbooks.save(wb, dir.resolve("typo.xlsx")));
        // the importer reads text; the engine checks types against the pack and names the cell
        EvidenceException e = org.junit.jupiter.api.Assertions.assertThrows(EvidenceException.class,
                () -> SourcePacks.score("gd-2017", evidence));
        assertThat(e.problems()).hasSize(2);
        EvidenceProblem first = e.problems().get(0);
        assertThat(first.location().cell()).isEqualTo("'4 公共信用信息共享'!H" + (bool.getRowIndex() + 1));
        assertThat(first.toString()).contains("'4 公共信用信息共享'!H" + (bool.getRowIndex() + 1)).contains("也许")
                .contains("茂名市").contains("4.1.platform_reporting");
        assertThat(e.problems().get(1).location().cell()).isEqualTo("'4 公共信用信息共享'!H" + (rate.getRowIndex() + 1));
    }

    @Test
    void datesErrorsAndNamelessColumnsAreReportedByTheImporter() throws Exception {
        XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null));
        XSSFCell date = Workbooks.valueCell(wb, "4.1.contributing_units", "茂名市");
        XSSFCellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setCellValue(java.time.LocalDate.of(2017, 6, 1));
        date.setCellStyle(dateStyle);
        XSSFCell error = Workbooks.valueCell(wb, "4.1.org_coverage", "茂名市");
        error.setCellErrorValue(FormulaError.DIV0);
        Evidence ignored = null;
        EvidenceException e = org.junit.jupiter.api.Assertions.assertThrows(EvidenceException.class,
                () -> importer.read(Workbooks.save(wb, dir.resolve("bad.xlsx"))));
        assertThat(e.problems()).extracting(p -> p.location().cell()).containsExactly(
                "'4 公共信用信息共享'!H" + (date.getRowIndex() + 1), "'4 公共信用信息共享'!H" + (error.getRowIndex() + 1));
        assertThat(e.problems().get(0).message()).contains("date");
        assertThat(e.problems().get(1).message()).contains("#DIV/0!");
        assertThat(ignored).isNull();
    }

    @Test
    void valuesUnderAnUnnamedSubjectColumnAreReported() throws Exception {
        XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of(), null));
        XSSFCell cell = Workbooks.valueCell(wb, "1.1.institution", "");
        cell.setCellValue("是");
        EvidenceException e = org.junit.jupiter.api.Assertions.assertThrows(EvidenceException.class,
                () -> importer.read(Workbooks.save(wb, dir.resolve("nameless.xlsx"))));
        assertThat(e.getMessage()).contains("'1 工作保障与推进措施'!H5").contains("no subject name").contains("H3");
    }

    @Test
    void aSubjectTypedIntoTheBlankTemplateIsRead() throws Exception {
        XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of(), null));
        wb.getSheetAt(0).getRow(Layout.SUBJECT_ROW).getCell(Layout.FIRST_SUBJECT_COL).setCellValue("茂名市");
        Workbooks.valueCell(wb, "1.1.institution", "茂名市").setCellValue("是");
        Evidence evidence = importer.read(Workbooks.save(wb, dir.resolve("typed-name.xlsx")));
        assertThat(evidence.subjects()).containsExactly("茂名市");
        assertThat(evidence.facts()).singleElement().satisfies(f -> {
            assertThat(f.factId()).isEqualTo("1.1.institution");
            assertThat(f.value()).isEqualTo("是");
        });
    }

    @Test
    void anEmptyTemplateHasNoEvidence() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        Files.write(file, Workbooks.template(SourcePacks.scheme("js-2012"), List.of("南京市"), null));
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("every value cell of the template is empty");
    }

    @Test
    void notAZip() throws Exception {
        Path file = dir.resolve("evidence.xlsx");
        Files.writeString(file, "subject,fact,value\n茂名市,1.1.institution,是\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not an XLSX workbook (not a zip archive)");
    }

    @Test
    void anOldXlsFile() throws Exception {
        Path file = dir.resolve("old.xlsx");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining(".xls");
    }

    @Test
    void aZipThatIsNoWorkbook() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("not a valid XLSX workbook");
    }

    @Test
    void aWorkbookThatIsNoTemplate() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("subject");
        Path file = Workbooks.save(wb, dir.resolve("plain.xlsx"));
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("not a credit-eval evidence template");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] template = Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null);
        // 200 MB of one repeated row compresses about 1000:1; POI refuses entries that inflate more than 100×
        byte[] row = "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(StandardCharsets.US_ASCII);
        InputStream huge = new InputStream() {
            long left = 200L * 1024 * 1024;
            int pos;

            @Override
            public int read() {
                if (left-- <= 0) return -1;
                int b = row[pos];
                pos = (pos + 1) % row.length;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = row[pos];
                    pos = (pos + 1) % row.length;
                }
                left -= n;
                return n;
            }
        };
        // well-formed: the parser keeps reading until the inflate-ratio check stops it
        InputStream sheet = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.US_ASCII)),
                huge, new java.io.ByteArrayInputStream("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII)))));
        Path file = dir.resolve("bomb.xlsx");
        Files.write(file, Workbooks.zipWithHugeEntry(template, "xl/worksheets/sheet1.xml", sheet));
        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("cannot be read safely").hasMessageContainingAll("Zip bomb");
    }

    @Test
    void anExternalEntityInAPartIsRefusedAndNothingIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        byte[] template = Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null);
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = Workbooks.rewrite(template, Map.of("xl/sharedStrings.xml", data -> {
            String xml = new String(data, StandardCharsets.UTF_8);
            int afterDecl = xml.indexOf("?>") + 2;
            xml = xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl);
            xml = xml.replaceFirst("<t>", "<t>&xxe;");
            return xml.getBytes(StandardCharsets.UTF_8);
        }));
        Path file = dir.resolve("xxe.xlsx");
        Files.write(file, hostile);
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("cannot be read safely")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT"));
    }

    @Test
    void aFactGivenTwiceIsReported() throws Exception {
        XSSFWorkbook wb = Workbooks.open(Workbooks.template(SourcePacks.scheme("gd-2017"), List.of("茂名市"), null));
        XSSFCell cell = Workbooks.valueCell(wb, "1.1.institution", "茂名市");
        cell.setCellValue("是");
        // a copied row: the same fact id again below
        var sheet = cell.getSheet();
        var copy = sheet.createRow(sheet.getLastRowNum() + 1);
        copy.createCell(Layout.ID_COL).setCellValue("1.1.institution");
        copy.createCell(Layout.FIRST_SUBJECT_COL).setCellValue("否");
        EvidenceException e = org.junit.jupiter.api.Assertions.assertThrows(EvidenceException.class,
                () -> importer.read(Workbooks.save(wb, dir.resolve("twice.xlsx"))));
        assertThat(e.getMessage()).contains("twice").contains("'1 工作保障与推进措施'!H5");
    }
}
