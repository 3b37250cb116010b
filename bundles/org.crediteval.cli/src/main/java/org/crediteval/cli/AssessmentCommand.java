package org.crediteval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.RunInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessment create|list|show}: the assessments kept in the database. */
@Command(name = "assessment", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Creates, lists and shows assessments: a named evaluation of some subjects against one pack "
                + "version for one year, kept in the assessment database (--db).",
                "Assessments are named by their name or their id."},
        commandListHeading = "%nCommands:%n")
final class AssessmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    AssessmentCommand() {
    }

    /** The command with its subcommands, for {@link Cli#commandLine}. */
    static CommandLine commandLine(RunContext context) {
        return StoreAccess.group(context, new AssessmentCommand(), new Create(context), new ListCommand(context),
                new Show(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Creates an assessment pinned to a pack version; prints its id.",
                    "Without --subjects, the first 'evidence import' adds the subjects of its files."})
    static final class Create implements Callable<Integer> {
        private final RunContext context;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name not yet used in the database, e.g. 茂名-2017.")
        String name;

        @Option(names = "--pack", required = true, paramLabel = "ID[@VERSION]",
                description = "The rule pack: gd-2017 (the newest installed version) or gd-2017@1.0.0. "
                        + "The assessment is pinned to that version; every run records the version it used.")
        String pack;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year assessed, e.g. 2017.")
        int year;

        @Option(names = "--subjects", split = ",", paramLabel = "SUBJECT",
                description = "The subjects (cities), comma-separated, in display order; repeatable.")
        List<String> subjects = new ArrayList<>();

        Create(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            List<String> trimmed = new ArrayList<>();
            for (String s : subjects) if (!s.isBlank()) trimmed.add(s.strip());
            context.platform.await(PackEvidence.PACK_ONLY);
            RulePack rulePack = ScoreCommand.findPack(context.platform.registry(), pack);
            Assessment a = StoreAccess.with(context, store ->
                    store.createAssessment(name.strip(), rulePack.id(), rulePack.version(), year, trimmed, StoreAccess.user()));
            context.out.println(a.id());
            context.out.flush();
            context.err.println("created assessment " + a.id() + " '" + a.name() + "': " + StoreAccess.pack(a) + ", year "
                    + a.year() + ", " + StoreAccess.plural(a.subjects().size(), "subject"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the assessments: id, name, pack version, year, subjects, runs, created at and by.")
    static final class ListCommand implements Callable<Integer> {
        private final RunContext context;

        ListCommand(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            TextTable table = new TextTable("ID", "NAME", "PACK", "YEAR", "SUBJECTS", "RUNS", "CREATED", "BY");
            int n = StoreAccess.with(context, store -> {
                List<Assessment> all = store.assessments();
                for (Assessment a : all) {
                    table.add(String.valueOf(a.id()), a.name(), StoreAccess.pack(a), String.valueOf(a.year()),
                            String.valueOf(a.subjects().size()), String.valueOf(store.runs(a.name()).size()),
                            StoreAccess.time(a.createdAt()), a.createdBy());
                }
                return all.size();
            });
            table.print(context.out);
            if (n == 0) context.err.println("no assessments yet; create one with 'credit-eval assessment create'");
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows an assessment: pack version, year, subjects, its evidence (facts, revision, "
                    + "documents) and its runs.")
    static final class Show implements Callable<Integer> {
        private final RunContext context;

        @Parameters(index = "0", paramLabel = "A", description = "The assessment, by name or id.")
        String assessment;

        Show(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            StoreAccess.with(context, store -> {
                Assessment a = store.assessment(assessment);
                EvidenceState evidence = store.currentEvidence(a.name());
                List<AttachedDocument> documents = store.documents(a.name());
                List<RunInfo> runs = store.runs(a.name());
                var out = context.out;
                out.println("assessment " + a.id() + ": " + a.name());
                out.println("pack:      " + StoreAccess.pack(a));
                out.println("year:      " + a.year());
                out.println("created:   " + StoreAccess.time(a.createdAt()) + " by " + a.createdBy());
                out.println("subjects:  " + a.subjects().size() + (a.subjects().isEmpty() ? "" : ": " + String.join(", ", a.subjects())));
                out.println("evidence:  " + StoreAccess.plural(evidence.evidence().facts().size(), "fact")
                        + ", revision " + evidence.revision());
                out.println("documents: " + documents.size());
                out.println("runs:      " + runs.size());
                if (!documents.isEmpty()) {
                    out.println();
                    TextTable table = new TextTable("DOCUMENT", "SUBJECT", "FACT", "NAME", "BYTES", "SHA-256", "ATTACHED", "BY");
                    for (AttachedDocument d : documents)
                        table.add(String.valueOf(d.id()), d.subject(), d.factId(), d.originalName(), String.valueOf(d.size()),
                                d.sha256(), StoreAccess.time(d.attachedAt()), d.attachedBy());
                    table.print(out);
                }
                if (!runs.isEmpty()) {
                    out.println();
                    RunsCommand.table(runs).print(out);
                }
                out.flush();
                return null;
            });
            return ExitCodes.OK;
        }
    }
}
