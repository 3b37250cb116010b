package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.score.ScoreResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over a fake platform: exit codes, streams and the all-or-nothing --out. */
class CommandsTest {
    @TempDir
    Path dir;
    private final FakePlatform platform = new FakePlatform();
    private final List<Evidence> scored = new ArrayList<>();

    /** "subject,fact,value" lines; a value "bad" is a problem at that line. */
    private static Evidence read(Path file) throws IOException, EvidenceException {
        List<String> lines = Files.readAllLines(file);
        List<RawFact> facts = new ArrayList<>();
        List<EvidenceProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            Location at = Location.line(file.getFileName().toString(), i + 1);
            if (c[2].equals("bad")) problems.add(new EvidenceProblem(at, c[0], c[1], c[2], "not a number"));
            facts.add(new RawFact(c[0], c[1], c[2], "", "", at));
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return new Evidence(facts.stream().map(RawFact::subject).distinct().toList(), facts);
    }

    @BeforeEach
    void platform() {
        platform.packs.add(FakePlatform.pack("gd-2017", "1.0.0"));
        platform.packs.add(FakePlatform.pack("js-2012", "1.0.0"));
        platform.importers.put("csv", CommandsTest::read);
        platform.exporters.put("table", (result, out) -> out.write(("table:" + names(result)).getBytes(StandardCharsets.UTF_8)));
        platform.exporters.put("json", (result, out) -> out.write(("json:" + names(result)).getBytes(StandardCharsets.UTF_8)));
        platform.exporters.put("broken", (result, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("exporter failed");
        });
        platform.engine = (pack, evidence, surveys) -> {
            scored.add(evidence);
            return new ScoreResult(new ScoreResult.PackRef(pack.id(), pack.version()),
                    evidence.subjects().stream().map(FakePlatform::subject).toList());
        };
    }

    private static String names(ScoreResult result) {
        return result.pack().id() + ":" + result.subjects().stream().map(s -> s.subject()).collect(Collectors.joining("|"));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Run score(String... more) {
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(List.of(more));
        return Run.of(platform, args.toArray(String[]::new));
    }

    @Test
    void scoresToStdoutWithTheDefaultTable() throws IOException {
        Path e = file("e.csv", "茂名市,1.1,是\n湛江市,1.1,否\n");
        Run run = score("--pack", "gd-2017", "--evidence", e.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("table:gd-2017:茂名市|湛江市");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void severalFilesKeepFirstAppearanceOrder() throws IOException {
        Path a = file("a.csv", "B,1.1,是\nA,1.1,是\n");
        Path b = file("b.CSV", "C,1.1,是\nA,1.2,是\n");
        Run run = score("--pack", "js-2012@1.0.0", "--evidence", a.toString(), "--evidence", b.toString(), "--format", "JSON");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("json:js-2012:B|A|C");
        assertThat(scored.get(0).facts()).hasSize(4);
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path e = file("e.csv", "A,1.1,是\n");
        Path out = dir.resolve("r.json");
        Run run = score("--pack", "gd-2017", "--evidence", e.toString(), "--format", "json", "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(out).hasContent("json:gd-2017:A");
        assertThat(run.err()).contains("wrote 1 subject(s)");
    }

    @Test
    void everyEvidenceProblemOfEveryFileIsReportedAndNoOutFileIsLeft() throws IOException {
        Path a = file("a.csv", "A,1.1,bad\nA,1.2,1\nA,1.3,bad\n");
        Path b = file("b.csv", "B,2.1,bad\n");
        Path out = dir.resolve("r.json");
        Run run = score("--pack", "gd-2017", "--evidence", a.toString(), "--evidence", b.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).containsExactly(
                "error: a.csv:1: subject 'A', fact '1.1', value 'bad', not a number",
                "error: a.csv:3: subject 'A', fact '1.3', value 'bad', not a number",
                "error: b.csv:1: subject 'B', fact '2.1', value 'bad', not a number");
        assertThat(run.err()).contains("3 problems in the evidence");
        assertThat(out).doesNotExist();
        assertThat(scored).isEmpty();
    }

    @Test
    void engineProblemsAreBadInput() throws IOException {
        platform.engine = (pack, evidence, surveys) -> {
            throw new EvidenceException(new EvidenceProblem(Location.line("e.csv", 2), "A", "9.9", "1", "unknown fact"));
        };
        Run run = score("--pack", "gd-2017", "--evidence", file("e.csv", "A,9.9,1\n").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: e.csv:2: subject 'A', fact '9.9', value '1', unknown fact");
    }

    @Test
    void unknownExtensionNamesTheFileAndTheKnownOnes() throws IOException {
        Path txt = file("e.txt", "A,1.1,是\n");
        Run run = score("--pack", "gd-2017", "--evidence", txt.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(txt.toString(), "known extensions: .csv");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatListsInstalledFormats() throws IOException {
        Run run = score("--pack", "gd-2017", "--evidence", file("e.csv", "A,1.1,是\n").toString(), "--format", "xml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xml'", "broken, json, table");
    }

    @Test
    void unknownPackListsInstalledPacks() throws IOException {
        Run run = score("--pack", "zj-2020", "--evidence", file("e.csv", "A,1.1,是\n").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown pack 'zj-2020'", "gd-2017@1.0.0, js-2012@1.0.0");
        Run malformed = score("--pack", "gd-2017@", "--evidence", file("f.csv", "A,1.1,是\n").toString());
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("bad --pack 'gd-2017@'");
    }

    @Test
    void missingFileAndFolderAreBadInput() {
        Run missing = score("--pack", "gd-2017", "--evidence", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("evidence file not found: " + dir.resolve("nope.csv"));
        Run folder = score("--pack", "gd-2017", "--evidence", dir.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");
    }

    @Test
    void outInAMissingFolderFailsBeforeScoring() throws IOException {
        Run run = score("--pack", "gd-2017", "--evidence", file("e.csv", "A,1.1,是\n").toString(),
                "--out", dir.resolve("no/r.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
        assertThat(scored).isEmpty();
    }

    @Test
    void aFailingExporterIsInternalAndLeavesNoFileAndNoStdout() throws IOException {
        Path e = file("e.csv", "A,1.1,是\n");
        Path out = dir.resolve("r.txt");
        Run toFile = score("--pack", "gd-2017", "--evidence", e.toString(), "--format", "broken", "--out", out.toString());
        assertThat(toFile.exit()).isEqualTo(1);
        assertThat(toFile.err()).contains("internal error: IOException: exporter failed").doesNotContain("\tat ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("e.csv");
        }
        Run toStdout = score("--pack", "gd-2017", "--evidence", e.toString(), "--format", "broken", "--debug");
        assertThat(toStdout.exit()).isEqualTo(1);
        assertThat(toStdout.out()).isEmpty();
        assertThat(toStdout.err()).contains("\tat ");
    }

    @Test
    void aMissingServiceIsInternal() throws IOException {
        platform.missing = new PlatformException("not running: the scoring engine");
        Run run = score("--pack", "gd-2017", "--evidence", file("e.csv", "A,1.1,是\n").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("internal error: not running: the scoring engine");
    }

    @Test
    void packsTable() {
        Run run = Run.of(platform, "packs");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).first().asString().startsWith("ID").contains("VERSION", "NAME", "BASE MAX",
                "BONUS MAX", "SOURCE", "ORIGIN");
        assertThat(run.out()).contains("gd-2017", "js-2012", "广东测试", "org.crediteval.rulepack.gd-2017 1.0.0");
    }

    @Test
    void validateExitsByErrors() throws IOException {
        Path jar = file("p.jar", "not really");
        platform.diagnostics.add(new PackDiagnostic(Severity.WARNING, "3.2", "odd"));
        Run ok = Run.of(platform, "validate", jar.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEqualTo("warning: 3.2: odd\n");
        assertThat(ok.err()).contains("valid (0 errors, 1 warning)");

        platform.diagnostics.add(new PackDiagnostic(Severity.ERROR, "fact x", "no type"));
        Run bad = Run.of(platform, "validate", jar.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains("error: fact x: no type");
        assertThat(bad.err()).contains("not valid (1 error, 1 warning)");

        Run missing = Run.of(platform, "validate", dir.resolve("none.jar").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("pack jar not found");
    }
}
