package org.crediteval.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.EvidenceState;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The steps that template, tasks and gaps share with score: find the pack, read the evidence files with the
 * importer their ending names, and check the values against the pack by scoring them. Every problem of every file
 * is reported at once, exactly as {@code score} reports it (exit 2).
 */
final class PackEvidence {
    /** What a command with evidence waits for. */
    static final Set<Platform.Need> WITH_EVIDENCE =
            EnumSet.of(Platform.Need.REGISTRY, Platform.Need.PACKS, Platform.Need.ENGINE, Platform.Need.IMPORTERS);
    /** What a command without evidence waits for. */
    static final Set<Platform.Need> PACK_ONLY = EnumSet.of(Platform.Need.REGISTRY, Platform.Need.PACKS);

    /** The evidence as read (merged over all files, subjects in order of first appearance) and its score. */
    record Checked(Evidence evidence, ScoreResult result) {
    }

    private PackEvidence() {
    }

    static void checkFiles(List<Path> files) throws BadInputException {
        for (Path file : files) Inputs.checkReadableFile(file, "evidence file");
    }

    /** The pack with its model; {@code spec} is ID or ID@VERSION. */
    static RulePack pack(Platform platform, String spec) throws BadInputException, PlatformException {
        RulePack pack = ScoreCommand.findPack(platform.registry(), spec);
        if (pack.scheme() == null) {
            throw new PlatformException("rule pack " + pack.id() + "@" + pack.version() + " has no model loaded");
        }
        return pack;
    }

    /** The pack and evidence a command works on: from --pack and --evidence files, or from a stored assessment. */
    record Source(RulePack pack, Checked checked) {
    }

    /**
     * {@code --assessment A} replaces {@code --pack} and {@code --evidence}: the assessment's current evidence, scored
     * (not stored as a run) with the pack version it is pinned to. Without it, {@code --pack} is required and
     * {@code --evidence} is required when {@code evidenceRequired}.
     */
    static void checkSource(CommandLine commandLine, String pack, List<Path> evidence, String assessment,
            boolean evidenceRequired) {
        if (assessment != null) {
            if (evidence != null && !evidence.isEmpty())
                throw new ParameterException(commandLine, "--assessment and --evidence are mutually exclusive: "
                        + "--assessment uses the evidence stored in the assessment");
            if (pack != null)
                throw new ParameterException(commandLine, "--pack cannot be used with --assessment: an assessment "
                        + "uses the pack version it is pinned to (see 'credit-eval assessment show')");
            return;
        }
        if (pack == null)
            throw new ParameterException(commandLine, "Missing required option: '--pack=ID[@VERSION]' (or --assessment A)");
        if (evidenceRequired && (evidence == null || evidence.isEmpty()))
            throw new ParameterException(commandLine, "Missing required option: '--evidence=FILE' (or --assessment A)");
    }

    /** The assessment's pinned pack and its current evidence, scored; exit 2 for an unknown assessment. */
    static Source fromAssessment(RunContext context, String assessment) throws Exception {
        Platform platform = context.platform;
        platform.await(WITH_EVIDENCE);
        return StoreAccess.with(context, store -> {
            Assessment a = store.assessment(assessment);
            RulePack pack = StoreAccess.pinnedPack(platform, a);
            EvidenceState state = store.currentEvidence(a.name());
            return new Source(pack, new Checked(state.evidence(), platform.engine().score(pack, state.evidence())));
        });
    }

    /** Picks an importer per file (all before any is read), reads every file and scores the merged evidence. */
    static Checked read(Platform platform, RulePack pack, List<Path> files) throws BadInputException, EvidenceException {
        List<EvidenceImporter> importers = ScoreCommand.importers(platform.importers(), files);
        Evidence evidence = ScoreCommand.read(files, importers);
        return new Checked(evidence, platform.engine().score(pack, evidence));
    }
}
