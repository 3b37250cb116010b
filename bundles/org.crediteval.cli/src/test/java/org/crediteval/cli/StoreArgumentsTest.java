package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.crediteval.api.store.StoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** Parsing of the store commands and of the global --db, and their usage errors (nothing runs). */
class StoreArgumentsTest {
    private final FakePlatform platform = new FakePlatform();

    private RunContext context() {
        PrintWriter sink = new PrintWriter(java.io.Writer.nullWriter());
        return new RunContext(platform, java.io.OutputStream.nullOutputStream(), sink, sink);
    }

    /** The innermost command's object after parsing. */
    @SuppressWarnings("unchecked")
    private <T> T parse(RunContext context, String... args) {
        ParseResult result = Cli.commandLine(context).parseArgs(args);
        while (result.hasSubcommand()) result = result.subcommand();
        return (T) result.commandSpec().userObject();
    }

    private <T> T parse(String... args) {
        return parse(context(), args);
    }

    @Test
    void assessmentCreate() {
        AssessmentCommand.Create create = parse("assessment", "create", "茂名-2017", "--pack", "gd-2017@1.0.0", "--year", "2017",
                "--subjects", "茂名市,湛江市", "--subjects", "广州市");
        assertThat(create.name).isEqualTo("茂名-2017");
        assertThat(create.pack).isEqualTo("gd-2017@1.0.0");
        assertThat(create.year).isEqualTo(2017);
        assertThat(create.subjects).containsExactly("茂名市", "湛江市", "广州市");
        AssessmentCommand.Create bare = parse("assessment", "create", "x", "--pack=gd-2017", "--year=2017");
        assertThat(bare.subjects).isEmpty();
    }

    @Test
    void assessmentShowAndList() {
        AssessmentCommand.Show show = parse("assessment", "show", "7");
        assertThat(show.assessment).isEqualTo("7");
        assertThat((Object) parse("assessment", "list")).isInstanceOf(AssessmentCommand.ListCommand.class);
    }

    @Test
    void evidenceImport() {
        EvidenceCommand.Import imp = parse("evidence", "import", "--assessment", "a", "--reason", "区县更正", "x.csv", "y.csv");
        assertThat(imp.assessment).isEqualTo("a");
        assertThat(imp.reason).isEqualTo("区县更正");
        assertThat(imp.addSubjects).isFalse();
        assertThat(imp.files).containsExactly(Path.of("x.csv"), Path.of("y.csv"));
        EvidenceCommand.Import plain = parse("evidence", "import", "--assessment=a", "--add-subjects", "x.csv");
        assertThat(plain.reason).isEmpty();
        assertThat(plain.addSubjects).isTrue();
    }

    @Test
    void evidenceAttach() {
        EvidenceCommand.Attach attach = parse("evidence", "attach", "--assessment", "a", "--subject", "广州市",
                "--fact", "1.1.institution", "批复.pdf");
        assertThat(attach.subject).isEqualTo("广州市");
        assertThat(attach.fact).isEqualTo("1.1.institution");
        assertThat(attach.file).isEqualTo(Path.of("批复.pdf"));
    }

    @Test
    void scoreWithAnAssessment() {
        ScoreCommand score = parse("score", "--assessment", "a", "--format", "json", "--out", "r.json");
        assertThat(score.assessment).isEqualTo("a");
        assertThat(score.pack).isNull();
        assertThat(score.evidence).isNull();
        assertThat(score.format).isEqualTo("json");
        assertThat(score.out).isEqualTo(Path.of("r.json"));
    }

    @Test
    void runsDiffExport() {
        RunsCommand runs = parse("runs", "--assessment", "a");
        assertThat(runs.assessment).isEqualTo("a");
        DiffCommand diff = parse("diff", "3", "5");
        assertThat(diff.from).isEqualTo(3);
        assertThat(diff.to).isEqualTo(5);
        ExportCommand export = parse("export", "5", "--format", "csv", "--out", "r.csv");
        assertThat(export.run).isEqualTo(5);
        assertThat(export.format).isEqualTo("csv");
        assertThat(export.out).isEqualTo(Path.of("r.csv"));
    }

    @Test
    void dbIsGlobalBeforeTheCommandOrAnywhereAfterIt() {
        RunContext before = context();
        parse(before, "--db", "a.db", "runs", "--assessment", "x");
        assertThat(before.database()).isEqualTo(Path.of("a.db"));
        RunContext nested = context();
        parse(nested, "assessment", "show", "x", "--db", "b.db");
        assertThat(nested.database()).isEqualTo(Path.of("b.db"));
        RunContext between = context();
        parse(between, "evidence", "--db=c.db", "import", "--assessment", "x", "e.csv");
        assertThat(between.database()).isEqualTo(Path.of("c.db"));
        RunContext none = context();
        parse(none, "diff", "1", "2");
        assertThat(none.database()).isNull();
    }

    @Test
    void everyStoreCommandHasHelpNamingDb() {
        for (List<String> args : List.of(List.of("assessment", "--help"), List.of("assessment", "create", "--help"),
                List.of("assessment", "list", "-h"), List.of("assessment", "show", "--help"),
                List.of("evidence", "--help"), List.of("evidence", "import", "--help"), List.of("evidence", "attach", "--help"),
                List.of("runs", "--help"), List.of("diff", "--help"), List.of("export", "--help"), List.of("score", "--help"))) {
            Run run = Run.of(platform, args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isZero();
            assertThat(run.out()).as(args.toString()).contains("Usage: credit-eval " + String.join(" ", args.subList(0, args.size() - 1)))
                    .contains("--db=FILE").contains("assessments.db");
            assertThat(run.err()).isEmpty();
        }
        assertThat(Run.of(platform, "--help").out()).contains("assessment", "evidence", "runs", "diff", "export", "--db");
        assertThat(Run.of(platform, "score", "--help").out()).contains("--assessment");
        assertThat(Run.of(platform, "evidence", "import", "--help").out()).contains("--reason", "--add-subjects", "FILE");
    }

    @Test
    void versionOnNestedCommands() {
        Run run = Run.of(platform, "assessment", "create", "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().trim()).isEqualTo("credit-eval 9.9.9.TEST");
    }

    @Test
    void usageErrors() {
        expectUsageError(List.of("score", "--assessment", "a", "--evidence", "e.csv"), "mutually exclusive");
        expectUsageError(List.of("score", "--assessment", "a", "--pack", "gd-2017"), "--pack cannot be used with --assessment");
        expectUsageError(List.of("score"), "--pack");
        expectUsageError(List.of("assessment"), "missing command", "create", "list", "show");
        expectUsageError(List.of("evidence"), "missing command", "import", "attach");
        expectUsageError(List.of("assessment", "create", "x", "--pack", "gd-2017"), "--year");
        expectUsageError(List.of("assessment", "create", "x", "--pack", "gd-2017", "--year", "二〇一七"), "--year");
        expectUsageError(List.of("assessment", "create", "--pack", "gd-2017", "--year", "2017"), "NAME");
        expectUsageError(List.of("evidence", "import", "--assessment", "a"), "FILE");
        expectUsageError(List.of("evidence", "import", "e.csv"), "--assessment");
        expectUsageError(List.of("evidence", "attach", "--assessment", "a", "--subject", "s", "doc.pdf"), "--fact");
        expectUsageError(List.of("runs"), "--assessment");
        expectUsageError(List.of("diff", "1"), "RUN2");
        expectUsageError(List.of("diff", "one", "2"), "one");
        expectUsageError(List.of("export", "1"), "--format");
        expectUsageError(List.of("export", "--format", "json"), "RUN");
        expectUsageError(List.of("--db"), "--db");
    }

    private void expectUsageError(List<String> args, String... inMessage) {
        Run run = Run.of(platform, args.toArray(String[]::new));
        assertThat(run.exit()).as(args.toString()).isEqualTo(2);
        assertThat(run.out()).as(args.toString()).isEmpty();
        assertThat(run.err()).as(args.toString()).contains(inMessage).contains("--help");
    }

    @Test
    void storeFailuresMapToExitCodes() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        assertThat(ExitCodes.report(new StoreException(StoreException.Reason.NOT_A_STORE,
                "/tmp/x.db is not a credit-eval database (not an SQLite file)"), err, false)).isEqualTo(2);
        assertThat(ExitCodes.report(new StoreException(StoreException.Reason.UNKNOWN_RUN, "no run 9"), err, false)).isEqualTo(2);
        assertThat(ExitCodes.report(new StoreException(StoreException.Reason.LOCKED,
                "database /tmp/x.db is locked by another program"), err, false)).isEqualTo(1);
        assertThat(ExitCodes.report(new StoreException(StoreException.Reason.IO, "disk full"), err, false)).isEqualTo(1);
        assertThat(text.toString())
                .contains("credit-eval: /tmp/x.db is not a credit-eval database")
                .contains("credit-eval: database /tmp/x.db is locked by another program")
                .doesNotContain("internal error: StoreException");
    }

    @Test
    void storeMessagesNameTheDatabase() {
        Path db = Path.of("/data/a.db");
        assertThat(StoreAccess.naming(new StoreException(StoreException.Reason.UNKNOWN_RUN, "no run 9 in this database"), db)
                .getMessage()).isEqualTo("no run 9 in database /data/a.db");
        StoreException named = new StoreException(StoreException.Reason.NOT_A_STORE, "/data/a.db is a folder");
        assertThat(StoreAccess.naming(named, db)).isSameAs(named);
        StoreException other = StoreAccess.naming(new StoreException(StoreException.Reason.WRONG_PACK, "wrong"), db);
        assertThat(other.getMessage()).isEqualTo("wrong (database /data/a.db)");
        assertThat(other.reason()).isEqualTo(StoreException.Reason.WRONG_PACK);
    }
}
