package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.pack.RulePack;

/**
 * The analyst's current work: the rule packs on offer, the evidence file that is open and its score.
 * One per application, a DS service; parts get it injected and listen to its events.
 * <p>
 * The blocking methods read files and score: call them from an Eclipse Job ({@code org.crediteval.ui.jobs}).
 */
public interface AssessmentSession {

    /** Event topics (posted through EventAdmin; the data is in the property {@value #DATA}). */
    String TOPIC_PACKS = "org/crediteval/ui/session/packs";
    String TOPIC_SNAPSHOT = "org/crediteval/ui/session/snapshot";
    /** The rejected edits changed (data: the {@link #rejections()} list). */
    String TOPIC_REJECTED = "org/crediteval/ui/session/rejected";
    /** Undo or redo became possible or impossible (data: {@link Boolean#TRUE}). */
    String TOPIC_COMMANDS = "org/crediteval/ui/session/commands";
    /** The property e4's {@code @UIEventTopic} injects. */
    String DATA = "org.eclipse.e4.data";

    /** Every installed pack, ordered by id and version. */
    List<RulePack> packs();

    /** The last opened evidence and its score, if any. */
    Optional<Snapshot> current();

    /**
     * Reads an evidence file with the importer for its extension and scores it.
     *
     * @param packId the pack to score against, or {@code null} for the installed pack that knows most of the
     *               file's fact ids
     */
    Snapshot open(Path evidence, String packId) throws IOException, EvidenceException;

    /**
     * Scores evidence that was not read from a file (an assessment of the store) and makes it the open evidence, as
     * {@link #open} does; {@code source} names where it came from (the database file).
     *
     * @param packVersion the version to score with when installed (an assessment is pinned to one), else the newest
     */
    Snapshot open(org.crediteval.api.evidence.Evidence evidence, Path source, String packId, String packVersion)
            throws EvidenceException;

    /** Scores the open evidence again against another pack (or the same pack, e.g. after an update). */
    Snapshot rescore(String packId) throws EvidenceException;

    /**
     * Changes one fact of the open evidence and scores again: replaces the value of (subject, fact), adds the fact
     * when the subject has none, removes it when {@code value} is blank. The change is a command on the session's
     * command stack ({@link #undo()}, {@link #redo()}). A value the pack rejects throws, is kept as a
     * {@link Rejection} of that cell (until the cell gets a good value or other evidence is opened) and leaves the
     * scored state as it was. The file on disk is not touched.
     */
    Snapshot setFact(String subject, String factId, String value) throws EvidenceException;

    /** Whether an edit can be undone / redone. */
    boolean canUndo();

    boolean canRedo();

    /** Undoes the last edit and scores again; the current snapshot when there is nothing to undo. */
    Snapshot undo();

    /** Redoes the last undone edit and scores again; the current snapshot when there is nothing to redo. */
    Snapshot redo();

    /** Whether the evidence changed since it was opened or last saved to the assessment store. */
    boolean isDirty();

    /** Marks the current state as saved (the command stack's save point). */
    void saved();

    /** The edits the engine refused, in the order they were made (one per cell, the latest). */
    List<Rejection> rejections();

    /** A value the pack refused for one cell, and why. */
    record Rejection(String subject, String factId, String value, String message) {
    }
}
