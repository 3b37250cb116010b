package org.crediteval.api.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One open assessment database. Every write is one transaction: it happens wholly or not at all, and a
 * {@link StoreException} means nothing changed. Safe to use from several threads (calls are serialized) and
 * from several processes (writes wait for each other up to the lock timeout).
 * <p>
 * Assessments are named by the {@link Assessment} record or by a reference string: the name, or the id.
 */
@ProviderType
public interface AssessmentStore extends AutoCloseable {
    /** The database file. */
    Path database();

    /**
     * @param subjects the subjects to assess, in display order (may be empty: add them later with
     *                 {@link #addSubjects})
     * @throws StoreException {@link StoreException.Reason#DUPLICATE_ASSESSMENT} when the name is taken
     */
    Assessment createAssessment(String name, String packId, String packVersion, int year, List<String> subjects,
            String user) throws StoreException;

    /** Appends subjects not yet in the assessment; those already there are ignored. */
    Assessment addSubjects(String assessment, List<String> subjects, String user) throws StoreException;

    /** Pins the assessment to another version of its pack (later runs are checked against it). */
    Assessment setPackVersion(String assessment, String packVersion, String user) throws StoreException;

    /** Every assessment, by id. */
    List<Assessment> assessments() throws StoreException;

    /** By name, else by id (a number). */
    Optional<Assessment> findAssessment(String nameOrId) throws StoreException;

    /** As {@link #findAssessment}, refusing an unknown one with {@link StoreException.Reason#UNKNOWN_ASSESSMENT}. */
    Assessment assessment(String nameOrId) throws StoreException;

    /**
     * Merges evidence into the assessment in one transaction. A fact not yet stored is added, a fact whose value,
     * source or note differs is changed; either way the change (old → new, who, when, why) enters the audit trail.
     * Facts given with the content they already have, and stored facts the evidence does not mention, are not
     * touched.
     *
     * @param pack   the assessment's pack: its id must be the assessment's and every fact id must be one of its
     *               facts, else {@link StoreException.Reason#WRONG_PACK}. Values are not type-checked here: score
     *               the evidence first to reject bad values with their file and line.
     * @param reason why (shown in the trail), may be empty
     * @throws StoreException also {@link StoreException.Reason#UNKNOWN_SUBJECT} for a subject not in the
     *                        assessment, {@link StoreException.Reason#BAD_EVIDENCE} for a fact given twice
     */
    ImportResult importEvidence(String assessment, RulePack pack, Evidence evidence, String user, String reason)
            throws StoreException;

    /**
     * As {@link #importEvidence(String, RulePack, Evidence, String, String)}, appending {@code newSubjects} to the
     * assessment first, in the same transaction: the subjects are added only when the whole import is; a refused
     * import adds none.
     *
     * @param newSubjects subjects to add (those already in the assessment are ignored); may be empty
     * @since 1.1
     */
    ImportResult importEvidence(String assessment, RulePack pack, Evidence evidence, List<String> newSubjects,
            String user, String reason) throws StoreException;

    /**
     * Runs several changes as one: everything {@code work} does through this store is committed together when it
     * returns, or nothing when it throws (each call inside joins this transaction instead of committing on its
     * own). For a save that creates an assessment, imports evidence, removes facts and stores a run.
     *
     * @since 1.1
     */
    <T> T inOneTransaction(StoreWork<T> work) throws StoreException;

    /** Removes facts in one transaction (those not stored are ignored), recording each removal in the audit trail. */
    ImportResult removeFacts(String assessment, List<FactRef> facts, String user, String reason)
            throws StoreException;

    /** The facts as they stand, in subject order and then in the order they were first stored. */
    List<StoredFact> facts(String assessment) throws StoreException;

    /** The current evidence and its revision: what {@code score} scores. */
    EvidenceState currentEvidence(String assessment) throws StoreException;

    /** The evidence as it was at a revision (e.g. a run's {@link RunInfo#evidenceRevision()}). */
    EvidenceState evidenceAt(String assessment, long revision) throws StoreException;

    /** The audit trail of the assessment, oldest first. */
    List<FactChange> auditTrail(String assessment) throws StoreException;

    /**
     * Attaches a document to a fact of a subject: the content is stored once by SHA-256 in
     * {@code <db>.files/ab/cdef…}, with the original file name, size and hash recorded. Attaching the same content
     * to the same fact again returns the existing attachment.
     *
     * @param pack the assessment's pack, to check the fact id
     * @throws StoreException {@link StoreException.Reason#UNREADABLE_DOCUMENT} when the file cannot be read
     */
    AttachedDocument attachDocument(String assessment, RulePack pack, String subject, String factId, Path file,
            String user) throws StoreException;

    /** Attached documents, oldest first. */
    List<AttachedDocument> documents(String assessment) throws StoreException;

    /**
     * Stores a run in one transaction: every subject, dimension, indicator and item with its exact score and
     * explanation. The pack version used is {@code result.pack().version()}; its pack id must be the assessment's.
     *
     * @param evidenceRevision the {@link EvidenceState#revision()} that was scored
     */
    RunInfo storeRun(String assessment, ScoreResult result, long evidenceRevision, String user)
            throws StoreException;

    /** The assessment's runs, oldest first. */
    List<RunInfo> runs(String assessment) throws StoreException;

    /** @throws StoreException {@link StoreException.Reason#UNKNOWN_RUN} */
    RunInfo run(long runId) throws StoreException;

    /** The stored result exactly as it was stored (same decimals, same order). */
    ScoreResult loadRun(long runId) throws StoreException;

    /** What changed from {@code fromRun} to {@code toRun} (two runs of the same assessment) and why. */
    RunDiff diff(long fromRun, long toRun) throws StoreException;

    /** Releases the database; idempotent. */
    @Override
    void close();
}
