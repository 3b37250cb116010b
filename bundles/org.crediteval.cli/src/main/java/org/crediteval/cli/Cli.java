package org.crediteval.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the command tree and runs one command line. Free of OSGi: the platform comes in as an interface, so
 * tests run it as it runs in the product.
 */
final class Cli {
    private final Platform platform;
    private final OutputStream stdout;
    private final OutputStream stderr;

    Cli(Platform platform, OutputStream stdout, OutputStream stderr) {
        this.platform = platform;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    int run(String... args) {
        // UTF-8 whatever the locale says: subjects and pack names are Chinese
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        RunContext context = new RunContext(platform, stdout, out, err);
        try {
            CommandLine commandLine = commandLine(context);
            return commandLine.execute(args);
        } catch (RuntimeException | Error unexpected) {
            // picocli itself failed (e.g. a broken annotation); still one line and exit 1
            return ExitCodes.report(unexpected, err, context.debug());
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(RunContext context) {
        CommandLine commandLine = new CommandLine(new RootCommand(context))
                .addSubcommand(new ScoreCommand(context))
                .addSubcommand(new SurveyCommand(context))
                .addSubcommand(new PacksCommand(context))
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(PackCommand.commandLine(context))
                .addSubcommand(new ShellCommand(context))
                .addSubcommand(new TemplateCommand(context))
                .addSubcommand(new TasksCommand(context))
                .addSubcommand(new GapsCommand(context))
                .addSubcommand(AssessmentCommand.commandLine(context))
                .addSubcommand(EvidenceCommand.commandLine(context))
                .addSubcommand(new RunsCommand(context))
                .addSubcommand(new DiffCommand(context))
                .addSubcommand(new ExportCommand(context));
        commandLine.getCommandSpec().versionProvider(() -> new String[] {"credit-eval " + context.platform.version()});
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(commandLine.getCommandSpec().versionProvider());
        }
        commandLine.setOut(context.out);
        commandLine.setErr(context.err);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((failure, cl, parseResult) ->
                ExitCodes.report(failure, context.err, context.debug()));
        return commandLine;
    }

    /** A usage error: the message, a hint for a mistyped name, where to find help; exit 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(ExitCodes.PREFIX + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
