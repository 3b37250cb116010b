package org.crediteval.io.survey.report.internal;

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
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.QuestionShares;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Stratum;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.osgi.service.component.annotations.Component;

/**
 * The survey report as JSON: numbers are exact decimals written plainly ({@code 7.8123}, never {@code 7.8123E0}),
 * UTF-8 with Chinese unescaped, 2-space indent, LF line ends. Shape: see the module README.
 */
@Component(property = SurveyReportExporter.FORMAT + "=json")
public class JsonSurveyReportExporter implements SurveyReportExporter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the stream
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Override
    public void write(SurveyReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("questionnaire");
            g.writeStringField("id", report.questionnaireId());
            g.writeStringField("title", report.title());
            g.writeStringField("deadline", report.deadline());
            g.writeNumberField("maxPoints", report.maxPoints());
            g.writeEndObject();
            g.writeArrayFieldStart("cities");
            for (CitySurvey c : report.cities()) city(g, c);
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            for (RejectedResponse r : report.rejected()) rejected(g, r);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void city(JsonGenerator g, CitySurvey c) throws IOException {
        g.writeStartObject();
        g.writeStringField("city", c.city());
        g.writeBooleanField("known", c.known());
        g.writeNumberField("responses", c.responses());
        g.writeNumberField("valid", c.valid());
        g.writeNumberField("invalid", c.invalid());
        g.writeNumberField("duplicate", c.duplicate());
        g.writeNumberField("late", c.late());
        CityScore s = c.score();
        if (s == null) {
            g.writeNullField("score");
        } else {
            g.writeObjectFieldStart("score");
            g.writeNumberField("respondents", s.respondents());
            g.writeNumberField("index", s.index());
            g.writeNumberField("score", s.score());
            g.writeArrayFieldStart("strata");
            for (Stratum st : s.strata()) {
                g.writeStartObject();
                g.writeStringField("category", st.category());
                g.writeNumberField("respondents", st.respondents());
                g.writeNumberField("mean", st.mean());
                g.writeNumberField("weight", st.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeBooleanField("shortfall", c.shortfall());
        g.writeArrayFieldStart("quotas");
        for (CategoryQuota q : c.quotas()) {
            g.writeStartObject();
            g.writeStringField("category", q.code());
            g.writeNumberField("quota", q.quota());
            g.writeNumberField("collected", q.collected());
            g.writeNumberField("missing", q.missing());
            g.writeBooleanField("shortfall", q.shortfall());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("questions");
        for (QuestionShares q : c.questions()) {
            g.writeStartObject();
            g.writeNumberField("number", q.number());
            g.writeStringField("text", q.text());
            g.writeArrayFieldStart("options");
            for (OptionShare o : q.options()) {
                g.writeStartObject();
                g.writeStringField("label", o.label());
                g.writeNumberField("count", o.count());
                number(g, "share", o.share());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rejected(JsonGenerator g, RejectedResponse r) throws IOException {
        g.writeStartObject();
        if (r.location() != null) {
            g.writeStringField("file", r.location().file());
            g.writeNumberField("line", r.location().line());
            if (r.location().cell() != null) g.writeStringField("cell", r.location().cell());
        }
        g.writeStringField("respondentId", r.respondentId());
        g.writeStringField("city", r.city());
        g.writeStringField("rejection", r.rejection().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) g.writeNullField(name);
        else g.writeNumberField(name, value);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }
}
