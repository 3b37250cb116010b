package org.crediteval.io.evidence.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.osgi.service.component.annotations.Component;

/** The evidence CSV importer: checks the file's own syntax only; fact ids and values are checked against a pack later. */
@Component(property = {EvidenceImporter.FORMAT + "=csv", EvidenceImporter.EXTENSIONS + "=csv"})
public class CsvEvidenceImporter implements EvidenceImporter {

    /** Beyond this many problems the file is most likely not evidence at all; more messages would only bury the first. */
    static final int MAX_PROBLEMS = 100;

    // Empty lines are kept as records so that the parser's line counter stays the physical line number.
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public Evidence read(Path file) throws IOException, EvidenceException {
        Problems problems = new Problems(file.toString());
        Set<String> subjects = new LinkedHashSet<>();
        List<RawFact> facts = new ArrayList<>();
        try (BufferedReader reader = strictUtf8(file); CSVParser parser = CSV.parse(reader)) {
            readRecords(parser, problems, subjects, facts);
        } catch (CharacterCodingException e) {
            malformed(file, problems);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) throw e.getCause();
            malformed(file, problems);
        }
        problems.throwIfAny();
        return new Evidence(List.copyOf(subjects), facts);
    }

    private static void readRecords(CSVParser parser, Problems problems, Set<String> subjects, List<RawFact> facts)
            throws EvidenceException, IOException {
        Iterator<CSVRecord> records = parser.iterator();
        Header header = null;
        Map<String, Long> seen = new HashMap<>();
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
                // the parser cannot resynchronise after broken quoting: report and stop
                problems.add(line, null, null, null, "malformed CSV: " + e.getCause().getMessage());
                return;
            }
            if (record.size() == 1 && record.get(0).isBlank()) continue;
            if (header == null) {
                header = Header.read(record, line, problems);
                problems.throwIfAny(); // rows cannot be interpreted under a broken header
                continue;
            }
            row(header, record, line, problems, seen, subjects, facts);
        }
        if (header == null) {
            problems.add(0, null, null, null, "no evidence rows: the file is empty (a header row "
                    + String.join(",", Header.REQUIRED) + " and one row per fact are required)");
        } else if (facts.isEmpty() && !problems.any()) {
            problems.add(0, null, null, null, "no evidence rows: the file has a header only");
        }
    }

    private static void row(Header header, CSVRecord record, long line, Problems problems, Map<String, Long> seen,
            Set<String> subjects, List<RawFact> facts) throws EvidenceException {
        String subject = header.get(record, header.subject);
        String fact = header.get(record, header.fact);
        String value = header.get(record, header.value);
        if (record.size() != header.width) {
            problems.add(line, blankToNull(subject), blankToNull(fact), blankToNull(value),
                    "the row has " + record.size() + " fields, the header has " + header.width);
            return;
        }
        if (subject.isEmpty()) problems.add(line, null, blankToNull(fact), blankToNull(value), "empty subject");
        if (fact.isEmpty()) problems.add(line, blankToNull(subject), null, blankToNull(value), "empty fact");
        if (value.isEmpty()) {
            problems.add(line, blankToNull(subject), blankToNull(fact), null,
                    "empty value (leave the row out when the fact is not known)");
        }
        if (subject.isEmpty() || fact.isEmpty() || value.isEmpty()) return;
        Long first = seen.putIfAbsent(subject + '\u0000' + fact, line);
        if (first != null) {
            problems.add(line, subject, fact, value,
                    "the same fact is given twice for this subject (lines " + first + " and " + line + ")");
            return;
        }
        subjects.add(subject);
        facts.add(new RawFact(subject, fact, value, header.get(record, header.source), header.get(record, header.note),
                Location.line(problems.file, line)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** UTF-8 that fails on malformed bytes instead of inventing U+FFFD; the BOM some editors write is skipped. */
    private static BufferedReader strictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
        } catch (IOException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private static void malformed(Path file, Problems problems) throws IOException, EvidenceException {
        // the reader decodes ahead of the parser, so find the exact line in a second pass over the bytes
        problems.add(Utf8.firstMalformedLine(file), null, null, null,
                "the file is not valid UTF-8 (save it as UTF-8)");
    }

    /** Column positions; the header may name the columns in any order. */
    private static final class Header {
        static final List<String> REQUIRED = List.of("subject", "fact", "value");
        static final List<String> KNOWN = List.of("subject", "fact", "value", "source", "note");

        final int width;
        final int subject;
        final int fact;
        final int value;
        final int source;
        final int note;

        private Header(int width, Map<String, Integer> columns) {
            this.width = width;
            subject = columns.getOrDefault("subject", -1);
            fact = columns.getOrDefault("fact", -1);
            value = columns.getOrDefault("value", -1);
            source = columns.getOrDefault("source", -1);
            note = columns.getOrDefault("note", -1);
        }

        static Header read(CSVRecord record, long line, Problems problems) throws EvidenceException {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                String name = record.get(i).trim();
                if (name.isEmpty()) {
                    problems.add(line, null, null, null, "column " + (i + 1) + " of the header has no name");
                } else if (!KNOWN.contains(name)) {
                    problems.add(line, null, null, null, "unknown column '" + name + "' (the columns are "
                            + String.join(", ", KNOWN) + ")");
                } else {
                    Integer before = columns.putIfAbsent(name, i);
                    if (before != null) {
                        problems.add(line, null, null, null, "column '" + name + "' appears twice in the header (columns "
                                + (before + 1) + " and " + (i + 1) + ")");
                    }
                }
            }
            for (String name : REQUIRED) {
                if (!columns.containsKey(name)) {
                    problems.add(line, null, null, null, "required column '" + name + "' is missing from the header");
                }
            }
            return new Header(record.size(), columns);
        }

        /** The trimmed field, "" for an optional column that is absent, null when the row is too short. */
        String get(CSVRecord record, int column) {
            if (column < 0) return "";
            return column < record.size() ? record.get(column).trim() : null;
        }
    }
}
