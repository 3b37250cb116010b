package org.crediteval.ui.session;

import java.nio.file.Path;

import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;

/**
 * Saves the analyst's work to the SQLite assessment store the headless launcher uses too
 * ({@code org.crediteval.api.store}). Blocking: call it from a Job.
 */
public interface AssessmentArchive {

    /** An assessment's current evidence as the store holds it. */
    record Loaded(Path database, Assessment assessment, org.crediteval.api.evidence.Evidence evidence, long revision) {
    }

    /** Every assessment in the database, by id (none when the file does not exist yet). */
    java.util.List<Assessment> assessments(Path database) throws StoreException;

    /** The current evidence of an assessment (by name or id). */
    Loaded load(Path database, String assessment) throws StoreException;

    /** What one save wrote. */
    record Saved(Path database, Assessment assessment, ImportResult imported, int removed, RunInfo run) {
    }

    /**
     * The database the client saves to: the system property {@code crediteval.db} when set, else the per-user file
     * of the headless launcher ({@code $XDG_DATA_HOME/credit-eval/assessments.db} or
     * {@code ~/.local/share/credit-eval/assessments.db}).
     */
    Path defaultDatabase();

    /**
     * Saves a scored state: creates the assessment {@code name} (pinned to the snapshot's pack, with its subjects)
     * unless it exists, adds subjects it lacks, imports the evidence in one transaction (facts the editor removed
     * of the snapshot's subjects are removed, in a second one), then stores the score as a run of that evidence revision.
     *
     * @throws StoreException e.g. {@code WRONG_PACK} when the assessment exists for another pack
     */
    Saved save(Snapshot snapshot, Path database, String name) throws StoreException;
}
