package org.crediteval.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.store.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a stored run's result, exactly as it was stored, with any installed exporter.",
                "The result goes to stdout or to --out."})
final class ExportCommand implements Callable<Integer> {
    private final RunContext context;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id (see 'credit-eval runs').")
    long run;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "The format of any installed exporter, e.g. json, csv or table.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of stdout; FILE is replaced only when the whole export succeeds.")
    Path out;

    ExportCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (out != null) AtomicOutput.checkWritable(out);
        context.platform.await(EnumSet.of(Platform.Need.EXPORTERS));
        ResultExporter exporter = ScoreCommand.exporter(context.platform.exporters(), format);
        record Stored(RunInfo info, ScoreResult result) {
        }
        Stored stored = StoreAccess.with(context, store -> new Stored(store.run(run), store.loadRun(run)));
        RunInfo info = stored.info();
        ScoreResult result = stored.result();
        CommandOutput.write(context, out, stream -> exporter.write(result, stream));
        if (out != null)
            context.err.println("wrote run " + info.id() + " (" + info.packId() + "@" + info.packVersion() + ", "
                    + StoreAccess.plural(result.subjects().size(), "subject") + ") to " + out);
        return ExitCodes.OK;
    }
}
