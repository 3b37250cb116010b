package org.crediteval.io.survey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.SurveyFileSummary;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.scheme.Questionnaire;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The same columns as the survey CSV (or a platform export) on the first sheet of an XLSX workbook. Read with POI's
 * streaming SAX reader, row by row, so the sheet is never held in memory (the shared strings are); POI's hardened
 * XML parser and its zip-bomb limits (ZipSecureFile) stay on.
 */
@Component(property = {SurveyImporter.FORMAT + "=xlsx", SurveyImporter.EXTENSIONS + "=xlsx"})
public class XlsxSurveyImporter implements SurveyImporter {

    @Override
    public SurveyFileSummary read(Path file, Questionnaire questionnaire, Consumer<? super SurveyResponse> sink)
            throws IOException, SurveyFormatException {
        String name = file.toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException | OpenXML4JRuntimeException e) {
            throw new SurveyFormatException(name, "not an XLSX workbook (" + e.getMessage() + ")", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw new SurveyFormatException(name, "the workbook has no sheet");
            try (InputStream sheet = sheets.next()) {
                SheetRows rows = new SheetRows(name, sheets.getSheetName(), questionnaire, sink);
                XMLReader xml = XMLHelper.newXMLReader(); // POI's hardened parser: no DTDs, no external entities
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
                return rows.summary();
            }
        } catch (WrappedFormatException e) {
            throw e.cause;
        } catch (SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException
                 | OpenXML4JRuntimeException | org.apache.poi.ooxml.POIXMLException e) {
            throw new SurveyFormatException(name, "unreadable XLSX workbook (" + e.getMessage() + ")", e);
        } finally {
            pkg.revert(); // opened read-only: close without saving
        }
    }

    /** Collects a row's cells by column, maps the header, hands each later row to the sink. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler, Rows.Cells {
        private final String file;
        private final String sheet;
        private final Questionnaire questionnaire;
        private final Consumer<? super SurveyResponse> sink;
        private String[] cells = new String[64];
        private int size;
        private Columns columns;
        private Rows rows;
        private long count;

        SheetRows(String file, String sheet, Questionnaire questionnaire, Consumer<? super SurveyResponse> sink) {
            this.file = file;
            this.sheet = sheet;
            this.questionnaire = questionnaire;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, size, null);
            size = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? size : new CellReference(ref).getCol();
            if (col >= cells.length) cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            cells[col] = value;
            size = Math.max(size, col + 1);
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = true;
            for (int i = 0; i < size; i++) if (cells[i] != null && !cells[i].isBlank()) blank = false;
            if (blank) return;
            int row = rowNum + 1;
            if (columns == null) {
                List<String> header = new ArrayList<>();
                for (int i = 0; i < size; i++) header.add(cells[i] == null ? "" : cells[i]);
                while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) header.remove(header.size() - 1);
                try {
                    columns = Columns.of(file, header, questionnaire);
                } catch (SurveyFormatException e) {
                    throw new WrappedFormatException(e);
                }
                rows = new Rows(columns);
                return;
            }
            List<String> problems = List.of();
            for (int i = columns.width; i < size; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    problems = List.of("第 " + CellReference.convertNumToColString(i) + " 列有值但没有表头");
                    break;
                }
            }
            String ref = "'" + sheet.replace("'", "''") + "'!A" + row;
            sink.accept(rows.response(this, new Location(file, row, ref), problems));
            count++;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String get(int column) {
            return cells[column];
        }

        SurveyFileSummary summary() throws SurveyFormatException {
            if (columns == null) {
                throw new SurveyFormatException(file, "the first sheet \"" + sheet + "\" is empty (a header row and one row per response are required)");
            }
            return new SurveyFileSummary(file, columns.layout, count, columns.ignored);
        }
    }

    /** Date cells as ISO-8601 local time (Beijing) and plain numbers without a trailing .0 (ids typed as numbers). */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return Dates.iso(DateUtil.getLocalDateTime(value, use1904Windowing, true));
            }
            return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    /** Carries a header problem out of the SAX callback. */
    private static final class WrappedFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SurveyFormatException cause;

        WrappedFormatException(SurveyFormatException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }
}
