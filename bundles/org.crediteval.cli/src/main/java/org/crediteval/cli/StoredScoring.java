package org.crediteval.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.RunInfo;
import picocli.CommandLine;

/**
 * {@code score --assessment A}: scores the assessment's current evidence with the pack version it is pinned to,
 * stores the run (pinned to that evidence revision) and writes the result like {@code score} does.
 */
final class StoredScoring {
    private StoredScoring() {
    }

    /** {@code --assessment} replaces {@code --pack} and {@code --evidence}; without it both are required. */
    static void checkOptions(CommandLine commandLine, String pack, List<Path> evidence, String assessment) {
        EvidenceSource.check(commandLine, pack, evidence, assessment, true);
    }

    static int score(RunContext context, String assessment, String format, Path out) throws Exception {
        if (out != null) AtomicOutput.checkWritable(out);
        Platform platform = context.platform;
        platform.await(EnumSet.of(Platform.Need.REGISTRY, Platform.Need.PACKS, Platform.Need.ENGINE, Platform.Need.EXPORTERS));
        ResultExporter exporter = ScoreCommand.exporter(platform.exporters(), format);
        record Scored(Assessment assessment, RunInfo run, byte[] rendered) {
        }
        Scored scored = StoreAccess.with(context, store -> {
            Assessment a = store.assessment(assessment);
            if (a.subjects().isEmpty())
                throw new BadInputException("assessment '" + a.name() + "' has no subjects yet, so there is nothing to "
                        + "score: import evidence first ('credit-eval evidence import --assessment " + a.name() + " FILE')");
            StoreAccess.Scored current = StoreAccess.scoreCurrent(platform, store, a);
            // rendered before the run is stored: an exporter that fails leaves neither a run nor half a result
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
            exporter.write(current.result(), buffer);
            RunInfo run = store.storeRun(a.name(), current.result(), current.evidence().revision(), StoreAccess.user());
            return new Scored(a, run, buffer.toByteArray());
        });
        RunInfo run = scored.run();
        // the run id first: it is stored, whatever happens to the output
        context.err.println("stored run " + run.id() + " of assessment '" + scored.assessment().name() + "' ("
                + run.packId() + "@" + run.packVersion() + ", evidence revision " + run.evidenceRevision() + ", "
                + StoreAccess.plural(run.subjectCount(), "subject") + ")");
        context.err.flush();
        CommandOutput.write(context, out, stream -> stream.write(scored.rendered()));
        if (out != null) context.err.println("wrote the result of run " + run.id() + " to " + out);
        return ExitCodes.OK;
    }
}
