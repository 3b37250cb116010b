package org.crediteval.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Loads a rule-pack jar without installing it and prints the validator's diagnostics.",
                "Exits 0 when there is no error, 2 when there is one."})
final class ValidateCommand implements Callable<Integer> {
    private final RunContext context;

    @Parameters(index = "0", paramLabel = "PACK.jar", description = "The rule-pack bundle to check.")
    Path jar;

    ValidateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PlatformException, BadInputException {
        Inputs.checkReadableFile(jar, "pack jar");
        context.platform.await(EnumSet.of(Platform.Need.REGISTRY));
        List<PackDiagnostic> diagnostics = context.platform.registry().validate(jar);
        // the diagnostics are the result: stdout; the verdict is a message: stderr
        diagnostics.forEach(context.out::println);
        context.out.flush();
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        context.err.println(jar + ": " + (errors == 0 ? "valid" : "not valid") + " (" + plural(errors, "error")
                + ", " + plural(warnings, "warning") + ")");
        return errors == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
