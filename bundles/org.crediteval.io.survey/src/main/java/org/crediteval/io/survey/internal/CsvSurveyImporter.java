package org.crediteval.io.survey.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.survey.SurveyFileSummary;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.scheme.Questionnaire;
import org.osgi.service.component.annotations.Component;

/**
 * The survey CSV of formats.md (and a platform export saved as CSV), streamed record by record; the parsing runs
 * one batch ahead on its own thread ({@link ReadAhead}).
 */
@Component(property = {SurveyImporter.FORMAT + "=csv", SurveyImporter.EXTENSIONS + "=csv"})
public class CsvSurveyImporter implements SurveyImporter {

    /** Empty lines are kept as records so that the parser's line counter stays the physical line number. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public SurveyFileSummary read(Path file, Questionnaire questionnaire, Consumer<? super SurveyResponse> sink)
            throws IOException, SurveyFormatException {
        String name = file.toString();
        sniff(file, name);
        return ReadAhead.run(name, out -> {
            try (BufferedReader reader = Utf8.strictReader(file); CSVParser parser = CSV.parse(reader)) {
                return read(name, parser, questionnaire, out);
            } catch (CharacterCodingException e) {
                throw notUtf8(file, name);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) throw notUtf8(file, name);
                throw e.getCause();
            }
        }, sink);
    }

    private static SurveyFileSummary read(String name, CSVParser parser, Questionnaire questionnaire,
            Consumer<? super SurveyResponse> sink) throws IOException, SurveyFormatException {
        Iterator<CSVRecord> records = parser.iterator();
        Columns columns = null;
        Rows rows = null;
        RecordCells cells = new RecordCells();
        long count = 0;
        while (true) {
            // the counter holds the line breaks consumed so far, so the next record starts on the line after them
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) break;
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) throw e;
                if (!(e.getCause() instanceof org.apache.commons.csv.CSVException)) throw e.getCause();
                // broken quoting: the parser cannot find the next record again
                throw new SurveyFormatException(name, "line " + line + ": malformed CSV: " + e.getCause().getMessage());
            }
            if (record.size() == 1 && record.get(0).isBlank()) continue;
            if (columns == null) {
                columns = Columns.of(name, record.toList(), questionnaire);
                rows = new Rows(columns);
                continue;
            }
            cells.record = record;
            List<String> problems = record.size() == columns.width ? List.of()
                    : List.of("该行有 " + record.size() + " 个字段，表头有 " + columns.width + " 个");
            sink.accept(rows.response(cells, Location.line(name, line), problems));
            count++;
        }
        if (columns == null) {
            throw new SurveyFormatException(name, "the file is empty (a header row and one row per response are required)");
        }
        return new SurveyFileSummary(name, columns.layout, count, columns.ignored);
    }

    /** A spreadsheet or other binary given a .csv name: say so instead of reporting bad UTF-8 or columns. */
    private static void sniff(Path file, String name) throws IOException, SurveyFormatException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new SurveyFormatException(name, "this is a ZIP file (an XLSX workbook?), not CSV: name it .xlsx");
        }
        if (n >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            throw new SurveyFormatException(name, "this is an old Excel (.xls) file, not CSV: save it as .xlsx or UTF-8 CSV");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) throw new SurveyFormatException(name, "this is not a text file (it holds NUL bytes), not CSV");
        }
    }

    private static SurveyFormatException notUtf8(Path file, String name) throws IOException {
        long line = Utf8.firstMalformedLine(file);
        return new SurveyFormatException(name, (line > 0 ? "line " + line + ": " : "")
                + "the file is not valid UTF-8 (save it as UTF-8; platform exports in GBK must be converted)");
    }

    /** The current record seen as cells, reused for every row. */
    private static final class RecordCells implements Rows.Cells {
        CSVRecord record;

        @Override
        public int size() {
            return record.size();
        }

        @Override
        public String get(int column) {
            return record.get(column);
        }
    }
}
