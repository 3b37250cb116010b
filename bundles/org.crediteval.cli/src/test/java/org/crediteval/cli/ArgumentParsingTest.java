package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class ArgumentParsingTest {
    private final FakePlatform platform = new FakePlatform();

    private RunContext context() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return new RunContext(platform, java.io.OutputStream.nullOutputStream(), sink, sink);
    }

    private ScoreCommand parseScore(String... args) {
        RunContext context = context();
        CommandLine cl = Cli.commandLine(context);
        ParseResult result = cl.parseArgs(args);
        return (ScoreCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void scoreOptionsAndDefaults() {
        ScoreCommand score = parseScore("score", "--pack", "gd-2017@1.0.0", "--evidence", "a.csv", "--evidence", "b.csv");
        assertThat(score.pack).isEqualTo("gd-2017@1.0.0");
        assertThat(score.evidence).containsExactly(Path.of("a.csv"), Path.of("b.csv"));
        assertThat(score.format).isEqualTo("table");
        assertThat(score.out).isNull();
    }

    @Test
    void formatAndOut() {
        ScoreCommand score = parseScore("score", "--pack=js-2012", "--evidence=e.csv", "--format", "json", "--out", "r.json");
        assertThat(score.format).isEqualTo("json");
        assertThat(score.out).isEqualTo(Path.of("r.json"));
    }

    @Test
    void debugIsGlobalBeforeOrAfterTheCommand() {
        RunContext context = context();
        Cli.commandLine(context).parseArgs("score", "--pack", "x", "--evidence", "e.csv", "--debug");
        assertThat(context.debug()).isTrue();
        RunContext before = context();
        Cli.commandLine(before).parseArgs("--debug", "packs");
        assertThat(before.debug()).isTrue();
    }

    @Test
    void helpOnTopAndEveryCommandExitsZeroOnStdout() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("score", "--help"),
                List.of("packs", "-h"), List.of("validate", "--help"))) {
            Run run = Run.of(platform, args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isZero();
            assertThat(run.out()).as(args.toString()).contains("Usage: credit-eval");
            assertThat(run.err()).isEmpty();
        }
        assertThat(Run.of(platform, "--help").out()).contains("score", "packs", "validate", "Exit codes");
        assertThat(Run.of(platform, "score", "--help").out()).contains("--pack", "--evidence", "--format", "--out");
    }

    @Test
    void version() {
        Run run = Run.of(platform, "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().trim()).isEqualTo("credit-eval 9.9.9.TEST");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.of(platform);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing command", "--help");
    }

    @Test
    void unknownCommandAndOptionAreUsageErrors() {
        Run command = Run.of(platform, "scroe");
        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("scroe").contains("score");
        Run option = Run.of(platform, "score", "--pack", "gd-2017", "--evidence", "e.csv", "--bogus");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("--bogus").contains("credit-eval score --help");
        assertThat(option.out()).isEmpty();
    }

    @Test
    void missingRequiredOptions() {
        Run run = Run.of(platform, "score", "--evidence", "e.csv");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--pack");
        assertThat(Run.of(platform, "score", "--pack", "gd-2017").err()).contains("--evidence");
        assertThat(Run.of(platform, "validate").exit()).isEqualTo(2);
    }

    @Test
    void surveysRepeatsAndDefaultsToNone() {
        ScoreCommand score = parseScore("score", "--pack", "gd-2017", "--evidence", "e.csv", "--surveys", "s.csv",
                "--surveys=t.xlsx");
        assertThat(score.surveys).containsExactly(Path.of("s.csv"), Path.of("t.xlsx"));
        assertThat(parseScore("score", "--pack", "gd-2017", "--evidence", "e.csv").surveys).isEmpty();
    }
}
