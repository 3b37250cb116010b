package org.crediteval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "credit-eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Scores cities' social-credit-system construction against the installed rule packs.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input or usage error"},
        footer = {"%nMore rule packs: every *.jar in $CREDIT_EVAL_PACKS (default: $XDG_DATA_HOME/credit-eval/packs, or "
                + "~/.local/share/credit-eval/packs) is installed beside the shipped packs and checked like any pack "
                + "installed at run time (golden cases included); e.g. a second version, --pack gd-2017@1.1.0.",
                "%nRun 'credit-eval COMMAND --help' for the options of a command."})
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final RunContext context;

    RootCommand(RunContext context) {
        this.context = context;
    }

    // a setter, not a field: with INHERIT the option also exists on every command, and all of them must set the
    // one flag that the error handler reads
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an internal error, print the stack trace.")
    void setDebug(boolean debug) {
        context.debug(debug);
    }

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = {"The assessment database used by assessment, evidence, score --assessment, runs, diff and "
                    + "export (default: $XDG_DATA_HOME/credit-eval/assessments.db, or "
                    + "~/.local/share/credit-eval/assessments.db when XDG_DATA_HOME is not set; "
                    + "the file and its folder are created on first use)."})
    void setDatabase(Path file) {
        context.database(file);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
