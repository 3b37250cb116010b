package org.crediteval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Lists the stored score runs of an assessment, oldest first: run id, when, who, the pack "
                + "version used, the evidence revision scored, subjects, items and the mean total.",
                "Compare two with 'credit-eval diff RUN1 RUN2', write one with 'credit-eval export RUN'."})
final class RunsCommand implements Callable<Integer> {
    private final RunContext context;

    @Option(names = "--assessment", required = true, paramLabel = "A", description = "The assessment, by name or id.")
    String assessment;

    RunsCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        StoreAccess.with(context, store -> {
            Assessment a = store.assessment(assessment);
            List<RunInfo> runs = store.runs(a.name());
            table(runs).print(context.out);
            if (runs.isEmpty())
                context.err.println("assessment '" + a.name() + "' has no runs yet; make one with "
                        + "'credit-eval score --assessment " + a.name() + "'");
            return null;
        });
        return ExitCodes.OK;
    }

    static TextTable table(List<RunInfo> runs) {
        TextTable table = new TextTable("RUN", "CREATED", "BY", "PACK", "EVIDENCE REVISION", "SUBJECTS", "ITEMS", "MEAN TOTAL");
        for (RunInfo r : runs) {
            table.add(String.valueOf(r.id()), StoreAccess.time(r.createdAt()), r.createdBy(),
                    r.packId() + "@" + r.packVersion(), r.evidenceKnown() ? String.valueOf(r.evidenceRevision()) : "unknown",
                    String.valueOf(r.subjectCount()), String.valueOf(r.itemCount()), StoreAccess.number(r.meanTotal()));
        }
        return table;
    }
}
