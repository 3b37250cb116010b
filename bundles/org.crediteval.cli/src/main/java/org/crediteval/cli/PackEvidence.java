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

    /** Picks an importer per file (all before any is read), reads every file and scores the merged evidence. */
    static Checked read(Platform platform, RulePack pack, List<Path> files) throws BadInputException, EvidenceException {
        List<EvidenceImporter> importers = ScoreCommand.importers(platform.importers(), files);
        Evidence evidence = ScoreCommand.read(files, importers);
        return new Checked(evidence, platform.engine().score(pack, evidence));
    }
}
