package org.crediteval.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gaps", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the points at stake of each subject.",
                "The items below their maximum, ranked by the points they could still add (every cap applied), "
                        + "with the fact that would need to change and the responsible unit."})
final class GapsCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("table", "json");

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the stream belongs to CommandOutput
            .build();

    private final RunContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    EvidenceSource source = new EvidenceSource();

    @Option(names = "--subject", paramLabel = "SUBJECT",
            description = "Only this subject; repeat for several (default: every subject, in input order).")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N items per subject, the ones with the most points first (default: all).")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE instead of stdout; FILE is replaced only when the whole run succeeds.")
    Path out;

    GapsCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new BadInputException("unknown format '" + format + "'; gaps formats: " + String.join(", ", FORMATS));
        }
        if (limit != null && limit < 1) throw new BadInputException("bad --limit " + limit + ": give 1 or more");
        source.check(spec.commandLine(), true);
        source.checkFiles();
        if (out != null) AtomicOutput.checkWritable(out);

        Platform platform = context.platform;
        EvidenceSource.Source loaded = source.load(context);
        RulePack rulePack = loaded.pack();
        ScoreResult result = loaded.checked().result();
        List<SubjectGaps> all = platform.service(Analysis.class).gaps(result, rulePack.scheme());
        List<SubjectGaps> shown = select(all, subjects);

        CommandOutput.write(context, out, stream -> {
            if (chosen.equals("json")) {
                json(result.pack(), shown, limit, stream);
            } else {
                PrintWriter text = CommandOutput.text(stream);
                table(shown, limit, text);
                text.flush();
            }
        });
        if (out != null) {
            context.err.println("wrote the points at stake of " + shown.size() + " subject(s) scored against "
                    + rulePack.id() + "@" + rulePack.version() + " to " + out);
        }
        return ExitCodes.OK;
    }

    /** The subjects asked for, in the order asked; every name the evidence does not hold is reported. */
    static List<SubjectGaps> select(List<SubjectGaps> all, List<String> wanted) throws BadInputException {
        if (wanted.isEmpty()) return all;
        List<SubjectGaps> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : wanted) {
            String subject = name.strip();
            SubjectGaps found = all.stream().filter(s -> s.subject().equals(subject)).findFirst().orElse(null);
            if (found == null) unknown.add(subject);
            else if (!chosen.contains(found)) chosen.add(found);
        }
        if (!unknown.isEmpty()) {
            List<String> names = all.stream().map(SubjectGaps::subject).toList();
            throw new BadInputException("no subject " + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + " in the evidence; its subjects: " + (names.isEmpty() ? "(none)" : String.join("、", names)));
        }
        return chosen;
    }

    private static List<Gap> limited(SubjectGaps s, Integer limit) {
        return limit == null || s.gaps().size() <= limit ? s.gaps() : s.gaps().subList(0, limit);
    }

    /** A block per subject: a heading line, then its gaps, most points first. Blocks are separated by a blank line. */
    static void table(List<SubjectGaps> subjects, Integer limit, PrintWriter out) {
        boolean first = true;
        for (SubjectGaps s : subjects) {
            if (!first) out.println();
            first = false;
            List<Gap> gaps = limited(s, limit);
            StringBuilder heading = new StringBuilder(s.subject()).append(": total ").append(number(s.total()))
                    .append(" of ").append(number(s.totalMax())).append(", ").append(number(s.obtainable()))
                    .append(" obtainable");
            if (gaps.size() < s.gaps().size()) heading.append(" (first ").append(gaps.size()).append(" of ")
                    .append(s.gaps().size()).append(" items)");
            out.println(heading);
            if (gaps.isEmpty()) {
                out.println("no item is below its maximum");
                continue;
            }
            TextTable table = new TextTable("#", "ITEM", "NAME", "SCORE", "MAX", "OBTAINABLE", "TO CHANGE", "UNITS");
            int rank = 0;
            for (Gap gap : gaps) {
                table.add(String.valueOf(++rank), gap.itemId(), gap.label(), number(gap.score()), number(gap.max()),
                        number(gap.obtainable()), change(gap), String.join("、", gap.units()));
            }
            table.print(out);
        }
        out.flush();
    }

    /**
     * What to do, in the words the analysis gives: {@code 改为“是”（0.5 分）} for an item read off one fact of its own
     * name, else {@code 完成数：…；计划数：…}; a missing fact reads {@code 补充提供}; a shared cap is named after it.
     */
    static String change(Gap gap) {
        List<String> parts = new ArrayList<>();
        for (FactHint hint : gap.facts()) {
            boolean own = gap.facts().size() == 1 && (hint.label().equals(gap.label()) || hint.factId().equals(gap.itemId()));
            String action = hint.action() == null ? "" : hint.action();
            if (own && !action.isEmpty()) parts.add(action);
            else parts.add(action.isEmpty() ? hint.label() : hint.label() + "：" + action);
        }
        String text = String.join("；", parts);
        return gap.limit() == null ? text : text + "（受" + gap.limit() + "限制）";
    }

    static void json(ScoreResult.PackRef pack, List<SubjectGaps> subjects, Integer limit, OutputStream stream)
            throws IOException {
        try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("pack");
            g.writeStringField("id", pack.id());
            g.writeStringField("version", pack.version());
            g.writeEndObject();
            g.writeArrayFieldStart("subjects");
            for (SubjectGaps s : subjects) {
                List<Gap> gaps = limited(s, limit);
                g.writeStartObject();
                g.writeStringField("subject", s.subject());
                number(g, "total", s.total());
                number(g, "totalMax", s.totalMax());
                number(g, "obtainable", s.obtainable());
                g.writeNumberField("items", s.gaps().size());
                g.writeArrayFieldStart("gaps");
                int rank = 0;
                for (Gap gap : gaps) gap(g, ++rank, gap);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void gap(JsonGenerator g, int rank, Gap gap) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", rank);
        g.writeStringField("id", gap.itemId());
        g.writeStringField("label", gap.label());
        g.writeStringField("dimension", gap.dimensionId());
        g.writeStringField("dimensionName", gap.dimensionName());
        g.writeStringField("indicator", gap.indicatorId());
        g.writeStringField("indicatorName", gap.indicatorName());
        number(g, "score", gap.score());
        number(g, "max", gap.max());
        number(g, "obtainable", gap.obtainable());
        g.writeBooleanField("missing", gap.missing());
        g.writeArrayFieldStart("facts");
        for (FactHint hint : gap.facts()) {
            g.writeStartObject();
            g.writeStringField("id", hint.factId());
            g.writeStringField("label", hint.label());
            g.writeBooleanField("missing", hint.missing());
            g.writeStringField("action", hint.action() == null ? "" : hint.action());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("units");
        for (String unit : gap.units()) g.writeString(unit);
        g.writeEndArray();
        if (gap.limit() != null) g.writeStringField("limit", gap.limit());
        g.writeStringField("explanation", gap.explanation() == null ? "" : gap.explanation());
        g.writeEndObject();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // as the JSON result: two spaces, "key": value, LF whatever the platform
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }

    /** The exact decimal in its shortest plain form, as in the JSON result ({@code 1.50} → {@code 1.5}). */
    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) g.writeNull();
        else g.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    private static String number(BigDecimal value) {
        return PacksCommand.number(value);
    }
}
