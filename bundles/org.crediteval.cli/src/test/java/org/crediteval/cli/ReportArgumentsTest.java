package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option parsing of template, tasks and gaps. */
class ReportArgumentsTest {
    private final FakePlatform platform = new FakePlatform();

    @SuppressWarnings("unchecked")
    private <T> T parse(String... args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        RunContext context = new RunContext(platform, OutputStream.nullOutputStream(), sink, sink);
        CommandLine cl = Cli.commandLine(context);
        return (T) cl.parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void templateSubjectsSplitOnEitherCommaAndRepeat() {
        TemplateCommand t = parse("template", "--pack", "gd-2017@1.0.0", "--subjects", "茂名市,湛江市",
                "--subjects", "广州市，深圳市", "--out", "t.xlsx");
        assertThat(t.pack).isEqualTo("gd-2017@1.0.0");
        assertThat(t.subjects).containsExactly("茂名市", "湛江市", "广州市", "深圳市");
        assertThat(t.evidence).isEmpty();
        assertThat(t.out).isEqualTo(Path.of("t.xlsx"));
    }

    @Test
    void templateEvidenceRepeats() {
        TemplateCommand t = parse("template", "--pack=gd-2017", "--evidence", "a.csv", "--evidence=b.xlsx", "--out=t.xlsx");
        assertThat(t.subjects).isEmpty();
        assertThat(t.evidence).containsExactly(Path.of("a.csv"), Path.of("b.xlsx"));
    }

    @Test
    void templateNeedsPackAndOut() {
        Run noOut = Run.of(platform, "template", "--pack", "gd-2017");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out").contains("credit-eval template --help");
        assertThat(Run.of(platform, "template", "--out", "t.xlsx").err()).contains("--pack");
    }

    @Test
    void tasksDefaults() {
        TasksCommand t = parse("tasks", "--pack", "gd-2017");
        assertThat(t.format).isEqualTo("table");
        assertThat(t.source.evidence).isEmpty();
        assertThat(t.missingOnly).isFalse();
        assertThat(t.out).isNull();
    }

    @Test
    void tasksOptions() {
        TasksCommand t = parse("tasks", "--pack", "js-2012", "--evidence", "a.csv", "--evidence", "b.csv",
                "--missing-only", "--format", "xlsx", "--out", "tasks.xlsx");
        assertThat(t.source.evidence).containsExactly(Path.of("a.csv"), Path.of("b.csv"));
        assertThat(t.source.pack).isEqualTo("js-2012");
        assertThat(t.source.assessment).isNull();
        assertThat(t.missingOnly).isTrue();
        assertThat(t.format).isEqualTo("xlsx");
        assertThat(t.out).isEqualTo(Path.of("tasks.xlsx"));
    }

    @Test
    void gapsDefaultsAndOptions() {
        GapsCommand g = parse("gaps", "--pack", "gd-2017", "--evidence", "e.csv");
        assertThat(g.format).isEqualTo("table");
        assertThat(g.limit).isNull();
        assertThat(g.subjects).isEmpty();
        GapsCommand all = parse("gaps", "--pack", "gd-2017", "--evidence", "e.csv", "--subject", "茂名市",
                "--subject", "湛江市", "--limit", "5", "--format", "json", "--out", "g.json");
        assertThat(all.subjects).containsExactly("茂名市", "湛江市");
        assertThat(all.limit).isEqualTo(5);
        assertThat(all.format).isEqualTo("json");
        assertThat(all.out).isEqualTo(Path.of("g.json"));
    }

    @Test
    void gapsUsageErrors() {
        Run noEvidence = Run.of(platform, "gaps", "--pack", "gd-2017");
        assertThat(noEvidence.exit()).isEqualTo(2);
        assertThat(noEvidence.err()).contains("--evidence");
        Run notANumber = Run.of(platform, "gaps", "--pack", "gd-2017", "--evidence", "e.csv", "--limit", "ten");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--limit", "ten");
        assertThat(notANumber.out()).isEmpty();
    }

    @Test
    void everyNewCommandHasHelp() {
        for (List<String> args : List.of(List.of("template", "--help"), List.of("tasks", "-h"), List.of("gaps", "--help"))) {
            Run run = Run.of(platform, args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isZero();
            assertThat(run.out()).as(args.toString()).contains("Usage: credit-eval " + args.get(0), "--pack");
            assertThat(run.err()).isEmpty();
        }
        assertThat(Run.of(platform, "template", "--help").out()).contains("--subjects", "--evidence", "--out");
        assertThat(Run.of(platform, "tasks", "--help").out()).contains("--evidence", "--missing-only", "--format", "--out");
        assertThat(Run.of(platform, "gaps", "--help").out()).contains("--evidence", "--subject", "--limit", "--format", "--out");
        assertThat(Run.of(platform, "--help").out()).contains("template", "tasks", "gaps");
    }

    @Test
    void noCommandNamesTheNewOnesToo() {
        assertThat(Run.of(platform).err()).contains("missing command", "template", "tasks", "gaps");
    }
}
