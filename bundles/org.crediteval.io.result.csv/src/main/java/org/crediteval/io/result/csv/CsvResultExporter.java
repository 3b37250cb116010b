package org.crediteval.io.result.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.osgi.service.component.annotations.Component;

/** The result as one flat CSV table; the layout is described in the package documentation. */
@Component(property = ResultExporter.FORMAT + "=csv")
public class CsvResultExporter implements ResultExporter {

    static final String[] HEADER = {"subject", "level", "id", "name", "score", "max", "explanation"};

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        // no try-with-resources: closing would close the caller's stream, which the caller owns
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        for (SubjectResult s : result.subjects()) subject(printer, s);
        printer.flush();
    }

    private static void subject(CSVPrinter p, SubjectResult s) throws IOException {
        String subject = s.subject();
        BigDecimal totalMax = s.baseMax() == null || s.bonusMax() == null ? null : s.baseMax().add(s.bonusMax());
        row(p, subject, "subject", "total", "总分", s.total(), totalMax, "");
        row(p, subject, "subject", "base", "基础分", s.base(), s.baseMax(), "");
        row(p, subject, "subject", "bonus", "附加分", s.bonus(), s.bonusMax(), "");
        for (DimensionResult d : s.dimensions()) {
            row(p, subject, "dimension", d.id(), d.name(), d.score(), d.max(), d.bonus() ? "附加分，不计入基础分" : "");
            for (IndicatorResult i : d.indicators()) {
                row(p, subject, "indicator", i.id(), i.name(), i.score(), i.max(), "");
                for (ItemResult item : i.items()) {
                    row(p, subject, "item", item.id(), item.label(), item.score(), item.max(), item.explanation());
                }
            }
        }
        for (String fact : s.missing()) row(p, subject, "missing", fact, "", null, null, "");
        for (String warning : s.warnings()) row(p, subject, "warning", "", "", null, null, warning);
    }

    private static void row(CSVPrinter p, String subject, String level, String id, String name, BigDecimal score,
            BigDecimal max, String explanation) throws IOException {
        p.printRecord(text(subject), level, text(id), text(name), number(score), number(max), text(explanation));
    }

    /** Exact value, plain notation, no trailing zeros: {@code 1.480} → {@code 1.48}, {@code 1E+2} → {@code 100}. */
    static String number(BigDecimal value) {
        if (value == null) return "";
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Neutralises CSV injection: a spreadsheet would evaluate a cell that starts like a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) return "";
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + value : value;
    }
}
