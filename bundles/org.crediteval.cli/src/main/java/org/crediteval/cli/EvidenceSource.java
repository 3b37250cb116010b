package org.crediteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crediteval.api.pack.RulePack;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that name what a report command works on (a picocli mixin): {@code --pack} with {@code --evidence}
 * files, or {@code --assessment A}, whose current evidence is scored (not stored as a run) with the pack version it
 * is pinned to.
 */
final class EvidenceSource {
    /** The pack, and the evidence with its score; {@code checked} is null when no evidence was named. */
    record Source(RulePack pack, PackEvidence.Checked checked) {
    }

    @Option(names = "--pack", paramLabel = "ID[@VERSION]",
            description = "The rule pack, e.g. gd-2017 (newest installed version) or gd-2017@1.0.0.")
    String pack;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "An evidence file (CSV or a filled template); repeat for several. The values are checked "
                    + "against the pack first, as 'score' does.")
    List<Path> evidence = new ArrayList<>();

    @Option(names = "--assessment", paramLabel = "A",
            description = "Use the evidence stored in this assessment of the database (--db), by name or id, with "
                    + "the pack version it is pinned to; replaces --pack and --evidence.")
    String assessment;

    boolean hasEvidence() {
        return assessment != null || !evidence.isEmpty();
    }

    /** Usage errors (exit 2 with the command's usage): what may be combined, what is required. */
    void check(CommandLine commandLine, boolean evidenceRequired) {
        check(commandLine, pack, evidence, assessment, evidenceRequired);
    }

    /** The same for a command that declares these options itself ({@code score}, with its own descriptions). */
    static void check(CommandLine commandLine, String pack, List<Path> evidence, String assessment,
            boolean evidenceRequired) {
        boolean noEvidence = evidence == null || evidence.isEmpty();
        if (assessment != null) {
            if (!noEvidence)
                throw new ParameterException(commandLine, "--assessment and --evidence are mutually exclusive: "
                        + "--assessment uses the evidence stored in the assessment");
            if (pack != null)
                throw new ParameterException(commandLine, "--pack cannot be used with --assessment: an assessment "
                        + "uses the pack version it is pinned to (see 'credit-eval assessment show')");
            return;
        }
        if (pack == null)
            throw new ParameterException(commandLine, "Missing required option: '--pack=ID[@VERSION]' (or --assessment A)");
        if (evidenceRequired && noEvidence)
            throw new ParameterException(commandLine, "Missing required option: '--evidence=FILE' (or --assessment A)");
    }

    /** Checks the files are readable before anything else is done (exit 2 naming the file). */
    void checkFiles() throws BadInputException {
        PackEvidence.checkFiles(evidence);
    }

    /** The pack and the evidence, read and scored; every problem of every file at once (exit 2). */
    Source load(RunContext context) throws Exception {
        Platform platform = context.platform;
        if (assessment != null) {
            platform.await(PackEvidence.WITH_EVIDENCE);
            return StoreAccess.with(context, store -> {
                StoreAccess.Scored current = StoreAccess.scoreCurrent(platform, store, store.assessment(assessment));
                return new Source(current.pack(), new PackEvidence.Checked(current.evidence().evidence(), current.result()));
            });
        }
        platform.await(evidence.isEmpty() ? PackEvidence.PACK_ONLY : PackEvidence.WITH_EVIDENCE);
        RulePack chosen = PackEvidence.pack(platform, pack);
        return new Source(chosen, evidence.isEmpty() ? null : PackEvidence.read(platform, chosen, evidence));
    }
}
