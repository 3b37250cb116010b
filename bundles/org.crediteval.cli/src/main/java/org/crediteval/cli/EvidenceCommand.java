package org.crediteval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.ImportResult;
import org.crediteval.model.scheme.FactDefinition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidence import|attach}: evidence facts and their source documents, kept with an audit trail. */
@Command(name = "evidence", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Imports evidence into an assessment and attaches source documents (佐证材料) to its facts.",
        commandListHeading = "%nCommands:%n")
final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    EvidenceCommand() {
    }

    static CommandLine commandLine(RunContext context) {
        return StoreAccess.group(context, new EvidenceCommand(), new Import(context), new Attach(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Merges evidence files into an assessment in one transaction: new facts are added, facts "
                    + "with another value, source or note are changed, each change enters the audit trail "
                    + "(old → new, who, when, why); facts not in the files are left as they are.",
                    "The importer is chosen by each file's extension. The values are checked against the "
                    + "assessment's pack version first: on any problem every problem is listed (file, line, subject, "
                    + "fact, value), exit 2, and nothing is imported.",
                    "Subjects: the first import into an assessment without subjects adds those of its files; "
                    + "later, evidence for a subject the assessment does not have is refused unless --add-subjects."})
    static final class Import implements Callable<Integer> {
        private final RunContext context;

        @Option(names = "--assessment", required = true, paramLabel = "A", description = "The assessment, by name or id.")
        String assessment;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "",
                description = "Why the evidence changes, recorded with each change in the audit trail.")
        String reason;

        @Option(names = "--add-subjects",
                description = "Add the files' subjects that the assessment does not have yet (after its own, in file order).")
        boolean addSubjects;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Evidence files (e.g. the evidence CSV).")
        List<Path> files;

        Import(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            PackEvidence.checkFiles(files);
            Platform platform = context.platform;
            platform.await(PackEvidence.WITH_EVIDENCE);
            List<EvidenceImporter> importers = ScoreCommand.importers(platform.importers(), files);
            return StoreAccess.with(context, store -> {
                Assessment a = store.assessment(assessment);
                RulePack pack = StoreAccess.pinnedPack(platform, a);
                Evidence evidence;
                try {
                    evidence = ScoreCommand.read(files, importers);
                    checkPack(pack, evidence, platform);
                    // the store does not know fact types: the engine checks every value before anything is stored
                    platform.engine().score(pack, evidence);
                } catch (EvidenceException e) {
                    return refused(e.problems(), context.err);
                }
                Set<String> fresh = new LinkedHashSet<>(evidence.subjects());
                fresh.removeAll(a.subjects());
                if (!fresh.isEmpty()) {
                    if (!a.subjects().isEmpty() && !addSubjects)
                        throw new BadInputException("assessment '" + a.name() + "' has no subject " + abbreviate(fresh)
                                + " (check the spelling, or pass --add-subjects to add them); nothing was imported");
                }
                // the new subjects go in with the evidence, in its transaction: a refused import adds none
                ImportResult r = store.importEvidence(a.name(), pack, evidence, List.copyOf(fresh), StoreAccess.user(), reason);
                PrintWriter out = context.out;
                out.println("imported into assessment '" + a.name() + "': " + r.added() + " added, " + r.changed()
                        + " changed, " + r.unchanged() + " unchanged"
                        + (fresh.isEmpty() ? "" : ", " + StoreAccess.plural(fresh.size(), "subject") + " added")
                        + " (evidence revision " + r.revision() + ")");
                for (FactChange c : r.changes())
                    if (c.before() != null)
                        out.println("changed " + c.subject() + " " + c.factId() + ": " + DiffCommand.change(c.before(), c.after()));
                out.flush();
                return ExitCodes.OK;
            });
        }

        /**
         * Evidence most of whose fact ids the assessment's pack does not define is evidence for another pack: one
         * message instead of a problem per line. A few unknown ids (typos) are left to the engine, which names
         * each line.
         */
        static void checkPack(RulePack pack, Evidence evidence, Platform platform) throws BadInputException {
            if (pack.scheme() == null) return;
            Set<String> defined = new java.util.HashSet<>();
            for (FactDefinition f : pack.scheme().getFacts()) defined.add(f.getId());
            Set<String> ids = new LinkedHashSet<>(), unknown = new LinkedHashSet<>(), files = new LinkedHashSet<>();
            for (RawFact f : evidence.facts()) {
                ids.add(f.factId());
                if (!defined.contains(f.factId())) {
                    unknown.add(f.factId());
                    if (f.location() != null && f.location().file() != null) files.add(f.location().file());
                }
            }
            if (unknown.isEmpty() || unknown.size() * 2 <= ids.size()) return;
            List<String> others = new ArrayList<>();
            for (RulePack other : platform.registry().packs()) {
                if (other.id().equals(pack.id()) || other.scheme() == null) continue;
                Set<String> theirs = new java.util.HashSet<>();
                for (FactDefinition f : other.scheme().getFacts()) theirs.add(f.getId());
                if (theirs.containsAll(unknown)) others.add(other.id() + "@" + other.version());
            }
            throw new BadInputException("the evidence in " + String.join(", ", files) + " is not for pack " + pack.id()
                    + "@" + pack.version() + ": " + unknown.size() + " of its " + ids.size() + " fact ids are not defined "
                    + "there (" + abbreviate(unknown) + ")"
                    + (others.isEmpty() ? "" : "; they are facts of " + String.join(", ", others))
                    + "; nothing was imported");
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Attaches a source document (佐证材料) to one fact of one subject. The content is stored "
                    + "once by SHA-256 beside the database (<db>.files/); the original name, size, hash, who and when "
                    + "are recorded. Attaching the same content to the same fact again changes nothing."})
    static final class Attach implements Callable<Integer> {
        private final RunContext context;

        @Option(names = "--assessment", required = true, paramLabel = "A", description = "The assessment, by name or id.")
        String assessment;

        @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject (city), e.g. 广州市.")
        String subject;

        @Option(names = "--fact", required = true, paramLabel = "F", description = "The fact id, e.g. 1.1.institution.")
        String fact;

        @Parameters(index = "0", paramLabel = "FILE", description = "The document.")
        Path file;

        Attach(RunContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            Inputs.checkReadableFile(file, "document");
            Platform platform = context.platform;
            platform.await(PackEvidence.PACK_ONLY);
            AttachedDocument d = StoreAccess.with(context, store -> {
                Assessment a = store.assessment(assessment);
                RulePack pack = StoreAccess.pinnedPack(platform, a);
                return store.attachDocument(a.name(), pack, subject, fact, file, StoreAccess.user());
            });
            context.out.println("document " + d.id() + ": " + d.originalName() + " (" + d.size() + " bytes, SHA-256 "
                    + d.sha256() + ") attached to " + d.subject() + " " + d.factId() + "; stored as " + d.stored());
            context.out.flush();
            return ExitCodes.OK;
        }
    }

    /** Every problem on its own line, then the count, as {@code score} prints them. */
    static int refused(List<EvidenceProblem> problems, PrintWriter err) {
        for (EvidenceProblem p : problems) err.println("error: " + p);
        int n = problems.size();
        err.println(ExitCodes.PREFIX + (n == 0 ? "the evidence was refused" : StoreAccess.plural(n, "problem")
                + " in the evidence") + "; nothing was imported");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    static String abbreviate(Set<String> values) {
        List<String> l = new ArrayList<>(values);
        String shown = String.join(", ", l.subList(0, Math.min(5, l.size())));
        return l.size() > 5 ? shown + " and " + (l.size() - 5) + " more" : shown;
    }
}
