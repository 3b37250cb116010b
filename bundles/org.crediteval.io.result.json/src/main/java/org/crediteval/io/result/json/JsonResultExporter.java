package org.crediteval.io.result.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.osgi.service.component.annotations.Component;

/**
 * The JSON score result: UTF-8 without escaping Chinese, 2-space indent, {@code "key": value}, LF line ends and a
 * final newline, so the file diffs well and reads the same on every platform.
 */
@Component(property = ResultExporter.FORMAT + "=json")
public class JsonResultExporter implements ResultExporter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // the caller owns the stream (it makes the write atomic), so never close it
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("pack");
            g.writeStringField("id", result.pack().id());
            g.writeStringField("version", result.pack().version());
            g.writeEndObject();
            g.writeArrayFieldStart("subjects");
            for (SubjectResult s : result.subjects()) subject(g, s);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // the default printer uses the platform line separator, " : " and "[ ]"; the result file should not vary
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }

    private static void subject(JsonGenerator g, SubjectResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("subject", s.subject());
        number(g, "base", s.base());
        number(g, "baseMax", s.baseMax());
        number(g, "bonus", s.bonus());
        number(g, "bonusMax", s.bonusMax());
        number(g, "total", s.total());
        g.writeArrayFieldStart("dimensions");
        for (DimensionResult d : s.dimensions()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("name", d.name());
            number(g, "score", d.score());
            number(g, "max", d.max());
            g.writeBooleanField("bonus", d.bonus());
            g.writeArrayFieldStart("indicators");
            for (IndicatorResult i : d.indicators()) indicator(g, i);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "missing", s.missing());
        strings(g, "warnings", s.warnings());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, IndicatorResult i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("name", i.name());
        number(g, "score", i.score());
        number(g, "max", i.max());
        g.writeArrayFieldStart("items");
        for (ItemResult item : i.items()) {
            g.writeStartObject();
            g.writeStringField("id", item.id());
            if (item.label() != null) g.writeStringField("label", item.label());
            number(g, "score", item.score());
            if (item.max() != null) number(g, "max", item.max()); // optional in the schema
            g.writeStringField("explanation", item.explanation() == null ? "" : item.explanation());
            strings(g, "facts", item.facts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    /**
     * Writes the exact decimal in its shortest plain form: {@code 1.480} as {@code 1.48}, {@code 1E+2} as {@code 100}.
     * Same value, so nothing is rounded; only the text is canonical.
     */
    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) throw new IllegalArgumentException("score result has no '" + name + "' value");
        g.writeFieldName(name);
        g.writeNumber(plain(value));
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
