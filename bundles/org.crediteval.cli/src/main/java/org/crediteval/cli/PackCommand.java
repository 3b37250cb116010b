package org.crediteval.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.packs.kit.PackScaffolder;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pack new|verify}: the pack authoring kit (docs/authoring-packs.md). */
@Command(name = "pack", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"The pack authoring kit: scaffold a new rule-pack project, verify a pack jar like the platform "
                + "does at install (docs/authoring-packs.md)."},
        commandListHeading = "%nCommands:%n")
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command with its subcommands, for {@link Cli#commandLine}. */
    static CommandLine commandLine(RunContext context) {
        CommandLine group = new CommandLine(new PackCommand());
        group.addSubcommand(new New(context));
        group.addSubcommand(new Verify(context));
        for (CommandLine sub : group.getSubcommands().values())
            sub.getCommandSpec().versionProvider(() -> new String[] {"credit-eval " + context.platform.version()});
        return group;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    // no mixinStandardHelpOptions: its --version would clash with the pack's --version
    @Command(name = "new", sortOptions = false,
            description = {"Scaffolds a new rule-pack project from the pack kit's template.",
                    "A standalone Maven + bnd build, bnd.bnd with the crediteval.rulepack capability, a model skeleton "
                            + "that validates, one golden case and a README. 'mvn package' in the new folder gives the "
                            + "pack jar; check it with 'pack verify'. Prints the files written, one per line."})
    static final class New implements Callable<Integer> {
        private final RunContext context;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--id", required = true, paramLabel = "ID",
                description = "The pack id: lower-case letters and digits in dash-separated groups, e.g. zj-2025.")
        String id;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The project folder to create; it must not exist yet or be empty.")
        Path out;

        @Option(names = "--version", defaultValue = "1.0.0", paramLabel = "VERSION",
                description = "The pack version, major.minor.micro (default: ${DEFAULT-VALUE}).")
        String version;

        @Option(names = "--name", paramLabel = "NAME",
                description = "The scheme's name, e.g. 浙江省设区市社会信用体系建设考核（2025） (default: the id).")
        String name;

        New(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            PackScaffolder scaffolder = context.platform.service(PackScaffolder.class);
            List<Path> written;
            try {
                written = scaffolder.create(id, version, name, out);
            } catch (IllegalArgumentException bad) {
                throw new BadInputException(bad.getMessage());
            } catch (FileSystemException cannotWrite) {
                // a folder that cannot be created or written is the user's choice of --out; the message names the file
                throw new BadInputException("cannot write the pack project to " + out + ": " + ExitCodes.oneLine(cannotWrite));
            }
            written.forEach(file -> context.out.println(out.resolve(file)));
            context.out.flush();
            String jar = "target/org.crediteval.rulepack." + id + "-" + version + ".jar";
            context.err.println("created rule-pack project " + id + " " + version + " in " + out + " ("
                    + SurveyInput.plural(written.size(), "file", "files") + "); next: cd " + out + " && mvn -q package && "
                    + "credit-eval pack verify " + jar);
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks a pack jar as the platform does before it installs one, and its golden cases.",
                    "Archive limits and entry names, data only (or signed by a trusted key), the model and the "
                            + "validator, then the pack's own golden cases (subset match against expected.json); "
                            + "nothing is installed.",
                    "Prints every diagnostic and each golden case's result; exits 0 when the pack would be accepted, "
                            + "2 when it would be refused."})
    static final class Verify implements Callable<Integer> {
        private final RunContext context;

        @Parameters(index = "0", paramLabel = "PACK.jar", description = "The rule-pack bundle to verify.")
        Path jar;

        Verify(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            Inputs.checkReadableFile(jar, "pack jar");
            PackVerifier verifier = context.platform.service(PackVerifier.class);
            PackVerification verification = verifier.verify(jar);
            // the findings are the result: stdout; the verdict is a message: stderr
            context.out.println(verification.subject());
            for (PackDiagnostic d : verification.diagnostics()) context.out.println("  " + d);
            for (CaseResult c : verification.cases()) {
                context.out.println("  golden " + c.name() + ": " + status(c.status()));
                for (String line : c.mismatches()) context.out.println("      " + line);
            }
            context.out.flush();
            context.err.println(verdict(jar, verification));
            return verification.passed() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }

        static String status(CaseResult.Status status) {
            return status.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** {@code p.jar: gd-2017@1.0.0 passed (0 errors, 1 warning; golden cases: 14 passed, 0 failed, 1 skipped)}. */
        static String verdict(Path jar, PackVerification v) {
            long errors = v.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            long warnings = v.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
            String subject = v.subject().equals(String.valueOf(jar.getFileName())) ? "" : " " + v.subject();
            return jar + ":" + subject + (v.passed() ? " passed" : " REFUSED") + " ("
                    + SurveyInput.plural(errors, "error", "errors") + ", "
                    + SurveyInput.plural(warnings, "warning", "warnings") + "; golden cases: "
                    + v.count(CaseResult.Status.PASSED) + " passed, " + v.count(CaseResult.Status.FAILED) + " failed, "
                    + v.count(CaseResult.Status.SKIPPED) + " skipped)";
        }
    }
}
