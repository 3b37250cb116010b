package org.crediteval.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code shell}: listed here so that {@code --help} shows it, but run by the {@code credit-eval} launcher script,
 * which starts the long-running platform (releng/shell/target/credit-eval-shell.jar: Gogo + FileInstall) instead of
 * this batch jar. Reached only when the batch jar is started some other way.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Starts the long-running platform: a Gogo shell, with hot deploy of packs from packs/.",
                "Gogo commands: pack:list, pack:refusals, pack:verify FILE. The folder packs/ in the working folder "
                        + "(created when missing) is watched: dropping, replacing or deleting a pack jar there "
                        + "installs, updates or removes the pack without a restart.",
                "Run by the credit-eval launcher script, which starts releng/shell/target/credit-eval-shell.jar "
                        + "(build it with ./mvnw -q -pl releng/shell install) on the same JDK. 'stop 0' ends it "
                        + "(exit code 117, the bnd launcher's 'framework stopped'); end of input does not."})
final class ShellCommand implements Callable<Integer> {
    static final String NOT_HERE = "the shell is a separate program, started by the credit-eval launcher script: "
            + "run './credit-eval shell' (or: mkdir -p packs && java -jar releng/shell/target/credit-eval-shell.jar)";

    private final RunContext context;

    ShellCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err.println(ExitCodes.PREFIX + NOT_HERE);
        return ExitCodes.BAD_INPUT;
    }
}
