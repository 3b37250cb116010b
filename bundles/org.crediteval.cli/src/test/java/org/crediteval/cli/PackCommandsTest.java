package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePack;
import org.crediteval.packs.kit.PackScaffolder;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.CaseResult.Status;
import org.crediteval.packs.verify.GoldenCases;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pack new}, {@code pack verify} and {@code shell} over a fake platform. */
class PackCommandsTest {
    @TempDir
    Path dir;
    private final FakePlatform platform = new FakePlatform();
    /** What the scaffolder was asked: id, version, name, dir. */
    private final List<List<Object>> created = new ArrayList<>();
    private PackVerification verification;
    private final List<Path> verified = new ArrayList<>();

    @BeforeEach
    void platform() {
        platform.services.put(PackScaffolder.class, (PackScaffolder) (id, version, name, folder) -> {
            if (!id.matches(PackScaffolder.ID_PATTERN)) {
                throw new IllegalArgumentException("pack id '" + id + "' must look like gd-2017");
            }
            if (id.equals("denied")) throw new AccessDeniedException(folder.toString());
            created.add(java.util.Arrays.asList(id, version, name, folder));
            return List.of(Path.of("README.md"), Path.of("model", id + ".xmi"));
        });
        platform.services.put(PackVerifier.class, new PackVerifier() {
            @Override
            public PackVerification verify(Path packJar) {
                verified.add(packJar);
                return verification;
            }

            @Override
            public List<CaseResult> runGoldenCases(RulePack pack, GoldenCases cases) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private Path jar() throws IOException {
        return Files.write(dir.resolve("p.jar"), new byte[] {'P', 'K'});
    }

    // ---- pack new

    @Test
    void newPassesTheOptionsToTheScaffolderAndPrintsTheFiles() {
        Path out = dir.resolve("zj-2025");
        Run run = Run.of(platform, "pack", "new", "--id", "zj-2025", "--out", out.toString(), "--version", "1.1.0",
                "--name", "浙江省考核");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(created).containsExactly(List.of("zj-2025", "1.1.0", "浙江省考核", out));
        assertThat(run.out().lines()).containsExactly(out.resolve("README.md").toString(),
                out.resolve("model/zj-2025.xmi").toString());
        assertThat(run.err()).contains("created rule-pack project zj-2025 1.1.0 in " + out,
                "mvn -q package", "pack verify target/org.crediteval.rulepack.zj-2025-1.1.0.jar");
    }

    @Test
    void newDefaultsToVersionOneAndNoName() {
        Run run = Run.of(platform, "pack", "new", "--id=zj-2025", "--out=x");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(created).containsExactly(java.util.Arrays.asList("zj-2025", "1.0.0", null, Path.of("x")));
    }

    @Test
    void newBadInputExitsTwoWithTheKitsMessage() {
        Run bad = Run.of(platform, "pack", "new", "--id", "ZJ 2025", "--out", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("pack id 'ZJ 2025' must look like gd-2017");
        assertThat(bad.out()).isEmpty();
        Run denied = Run.of(platform, "pack", "new", "--id", "denied", "--out", "/root-only");
        assertThat(denied.exit()).isEqualTo(2);
        assertThat(denied.err()).contains("cannot write the pack project to /root-only", "AccessDeniedException");
    }

    @Test
    void newNeedsIdAndOut() {
        Run noId = Run.of(platform, "pack", "new", "--out", "x");
        assertThat(noId.exit()).isEqualTo(2);
        assertThat(noId.err()).contains("--id");
        assertThat(Run.of(platform, "pack", "new", "--id", "zj-2025").err()).contains("--out");
        assertThat(created).isEmpty();
    }

    @Test
    void newHelpShowsItsOwnVersionOption() {
        Run run = Run.of(platform, "pack", "new", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: credit-eval pack new", "--id", "--out", "--version", "--name");
    }

    // ---- pack verify

    @Test
    void verifyPrintsDiagnosticsAndEveryCaseAndExitsZeroWhenPassed() throws IOException {
        verification = new PackVerification("gd-2017@1.0.0",
                List.of(new PackDiagnostic(Severity.WARNING, "3.2", "no notes")),
                List.of(new CaseResult("01-all-met", Status.PASSED, List.of()),
                        new CaseResult("20-survey", Status.SKIPPED, List.of("has surveys.csv"))));
        Path jar = jar();
        Run run = Run.of(platform, "pack", "verify", jar.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(verified).containsExactly(jar);
        assertThat(run.out().lines()).containsExactly("gd-2017@1.0.0", "  warning: 3.2: no notes",
                "  golden 01-all-met: passed", "  golden 20-survey: skipped", "      has surveys.csv");
        assertThat(run.err().strip()).isEqualTo(jar + ": gd-2017@1.0.0 passed (0 errors, 1 warning; "
                + "golden cases: 1 passed, 0 failed, 1 skipped)");
    }

    @Test
    void verifyExitsTwoOnAFailedCaseOrAnError() throws IOException {
        verification = new PackVerification("gd-2017@1.1.0", List.of(),
                List.of(new CaseResult("13-cap", Status.FAILED, List.of("$.subjects[subject=湛江市].base: expected 99, actual 100"))));
        Run failed = Run.of(platform, "pack", "verify", jar().toString());
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.out()).contains("  golden 13-cap: failed\n      $.subjects[subject=湛江市].base: expected 99, actual 100");
        assertThat(failed.err()).contains("REFUSED", "1 failed");

        verification = new PackVerification("p.jar",
                List.of(new PackDiagnostic(Severity.ERROR, "archive", "contains code (.class entries)")), List.of());
        Run refused = Run.of(platform, "pack", "verify", jar().toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("error: archive: contains code");
        assertThat(refused.err()).contains("1 error,");
    }

    @Test
    void verifyOfAMissingFileIsBadInput() {
        Run run = Run.of(platform, "pack", "verify", dir.resolve("nope.jar").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("pack jar not found");
        assertThat(verified).isEmpty();
        assertThat(Run.of(platform, "pack", "verify").exit()).isEqualTo(2);
    }

    @Test
    void verifyWithoutTheVerifierServiceIsAnInternalError() throws IOException {
        platform.services.remove(PackVerifier.class);
        Run run = Run.of(platform, "pack", "verify", jar().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("PackVerifier");
    }

    @Test
    void packWithoutSubcommandIsAUsageError() {
        Run run = Run.of(platform, "pack");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing command: give one of new, verify");
        Run typo = Run.of(platform, "pack", "verfy", "x.jar");
        assertThat(typo.exit()).isEqualTo(2);
    }

    @Test
    void packSubcommandsParse() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        RunContext context = new RunContext(platform, java.io.OutputStream.nullOutputStream(), sink, sink);
        CommandLine.ParseResult result = Cli.commandLine(context).parseArgs("pack", "verify", "a b.jar");
        PackCommand.Verify verify = (PackCommand.Verify) result.subcommand().subcommand().commandSpec().userObject();
        assertThat(verify.jar).isEqualTo(Path.of("a b.jar"));
    }

    // ---- shell

    @Test
    void shellIsListedButRunByTheLauncher() {
        Run run = Run.of(platform, "shell");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("./credit-eval shell", "credit-eval-shell.jar");
        Run help = Run.of(platform, "shell", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Gogo", "packs/");
    }
}
