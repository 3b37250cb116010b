package org.crediteval.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.FactRef;
import org.crediteval.api.store.FactValue;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunDiff;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreWork;
import org.crediteval.api.store.StoreException.Reason;
import org.crediteval.api.store.StoredFact;
import org.crediteval.model.scheme.FactDefinition;

/**
 * The store on one SQLite file. Checks arguments, then does each operation as one transaction of
 * {@link Database}; the table classes do the SQL. Methods are synchronized: one JDBC connection serves one
 * caller at a time.
 */
final class SqliteAssessmentStore implements AssessmentStore {
    private final Database db;
    private final DocumentFiles documents;

    SqliteAssessmentStore(Database db) {
        this.db = db;
        this.documents = new DocumentFiles(db.file());
    }

    Database db() {
        return db;
    }

    @Override
    public Path database() {
        return db.file();
    }

    @Override
    public synchronized Assessment createAssessment(String name, String packId, String packVersion, int year,
            List<String> subjects, String user) throws StoreException {
        requireText(name, "assessment name");
        requireText(packId, "pack id");
        requireText(packVersion, "pack version");
        if (year < 1900 || year > 9999) throw new StoreException(Reason.BAD_ARGUMENT, "year " + year + " is not a year");
        for (String s : subjects) requireText(s, "subject name");
        return db.write("creating assessment '" + name + "'",
                c -> Assessments.create(c, name, packId, packVersion, year, subjects, user(user)));
    }

    @Override
    public synchronized Assessment addSubjects(String assessment, List<String> subjects, String user) throws StoreException {
        for (String s : subjects) requireText(s, "subject name");
        return db.write("adding subjects to assessment '" + assessment + "'", c -> {
            Assessment a = Assessments.require(c, assessment);
            Assessments.addSubjects(c, a, subjects);
            return Assessments.load(c, a.id()).orElseThrow();
        });
    }

    @Override
    public synchronized Assessment setPackVersion(String assessment, String packVersion, String user) throws StoreException {
        requireText(packVersion, "pack version");
        return db.write("changing the pack version of assessment '" + assessment + "'", c -> {
            Assessment a = Assessments.require(c, assessment);
            Assessments.setPackVersion(c, a.id(), packVersion);
            return Assessments.load(c, a.id()).orElseThrow();
        });
    }

    @Override
    public synchronized List<Assessment> assessments() throws StoreException {
        return db.read("listing assessments", Assessments::all);
    }

    @Override
    public synchronized Optional<Assessment> findAssessment(String nameOrId) throws StoreException {
        return db.read("finding assessment '" + nameOrId + "'", c -> Assessments.find(c, nameOrId));
    }

    @Override
    public synchronized Assessment assessment(String nameOrId) throws StoreException {
        return db.read("finding assessment '" + nameOrId + "'", c -> Assessments.require(c, nameOrId));
    }

    @Override
    public synchronized ImportResult importEvidence(String assessment, RulePack pack, Evidence evidence, String user,
            String reason) throws StoreException {
        return importEvidence(assessment, pack, evidence, List.of(), user, reason);
    }

    @Override
    public synchronized ImportResult importEvidence(String assessment, RulePack pack, Evidence evidence,
            List<String> newSubjects, String user, String reason) throws StoreException {
        for (String s : newSubjects) requireText(s, "subject name");
        Set<String> packFacts = factIds(pack);
        List<EvidenceTables.Incoming> incoming = new ArrayList<>(evidence.facts().size());
        Set<FactRef> seen = new HashSet<>();
        Set<String> unknownFacts = new TreeSet<>();
        Set<String> files = new LinkedHashSet<>();
        for (RawFact f : evidence.facts()) {
            if (f.value() == null || f.value().isBlank())
                throw new StoreException(Reason.BAD_EVIDENCE, where(f) + "subject '" + f.subject() + "', fact '"
                        + f.factId() + "': empty value");
            if (!seen.add(new FactRef(f.subject(), f.factId())))
                throw new StoreException(Reason.BAD_EVIDENCE, where(f) + "subject '" + f.subject() + "', fact '"
                        + f.factId() + "' is given twice");
            if (!packFacts.contains(f.factId())) unknownFacts.add(f.factId());
            if (f.location() != null && f.location().file() != null) files.add(f.location().file());
            incoming.add(new EvidenceTables.Incoming(f.subject(), f.factId(), new FactValue(f.value(), f.source(), f.note()),
                    f.location() == null ? "" : f.location().toString()));
        }
        String source = String.join(", ", files);
        return db.write("importing evidence into assessment '" + assessment + "'", c -> {
            Assessment a = Assessments.require(c, assessment);
            checkPack(a, pack);
            if (!unknownFacts.isEmpty())
                throw new StoreException(Reason.WRONG_PACK, "the evidence" + (source.isEmpty() ? "" : " in " + source)
                        + " has facts that pack " + pack.id() + " " + pack.version() + " does not define: "
                        + abbreviate(unknownFacts) + " (is it evidence for another pack?); nothing was imported");
            Assessment withSubjects = a;
            if (!newSubjects.isEmpty()) {
                Assessments.addSubjects(c, a, newSubjects);
                withSubjects = Assessments.load(c, a.id()).orElseThrow();
            }
            checkSubjects(withSubjects, incoming.stream().map(EvidenceTables.Incoming::subject).toList());
            return EvidenceTables.merge(c, withSubjects, incoming, user(user), reason(reason), source);
        });
    }

    @Override
    public synchronized <T> T inOneTransaction(StoreWork<T> work) throws StoreException {
        return db.write("saving", c -> work.run(this));
    }

    @Override
    public synchronized ImportResult removeFacts(String assessment, List<FactRef> facts, String user, String reason)
            throws StoreException {
        List<EvidenceTables.Incoming> incoming = new ArrayList<>();
        Set<FactRef> seen = new HashSet<>();
        for (FactRef f : facts)
            if (seen.add(f)) incoming.add(new EvidenceTables.Incoming(f.subject(), f.factId(), null, null));
        return db.write("removing facts from assessment '" + assessment + "'", c -> {
            Assessment a = Assessments.require(c, assessment);
            checkSubjects(a, incoming.stream().map(EvidenceTables.Incoming::subject).toList());
            return EvidenceTables.merge(c, a, incoming, user(user), reason(reason), "");
        });
    }

    @Override
    public synchronized List<StoredFact> facts(String assessment) throws StoreException {
        return db.read("reading facts", c -> EvidenceTables.facts(c, Assessments.require(c, assessment)));
    }

    @Override
    public synchronized EvidenceState currentEvidence(String assessment) throws StoreException {
        return db.read("reading evidence", c -> EvidenceTables.current(c, Assessments.require(c, assessment)));
    }

    @Override
    public synchronized EvidenceState evidenceAt(String assessment, long revision) throws StoreException {
        return db.read("reading evidence", c -> {
            Assessment a = Assessments.require(c, assessment);
            long now = EvidenceTables.revision(c, a.id());
            if (revision < 0 || revision > now)
                throw new StoreException(Reason.BAD_ARGUMENT, "assessment '" + a.name() + "' has no evidence revision "
                        + revision + " (its latest is " + now + ")");
            return EvidenceTables.at(c, a, revision);
        });
    }

    @Override
    public synchronized List<FactChange> auditTrail(String assessment) throws StoreException {
        return db.read("reading the audit trail", c -> {
            Assessment a = Assessments.require(c, assessment);
            return EvidenceTables.trail(c, a.id(), 0, Long.MAX_VALUE);
        });
    }

    @Override
    public synchronized AttachedDocument attachDocument(String assessment, RulePack pack, String subject, String factId,
            Path file, String user) throws StoreException {
        // everything that can be refused is refused before a byte is copied
        Assessment checked = assessment(assessment);
        checkPack(checked, pack);
        if (!factIds(pack).contains(factId))
            throw new StoreException(Reason.WRONG_PACK, "pack " + pack.id() + " " + pack.version() + " has no fact '" + factId + "'");
        checkSubjects(checked, List.of(subject));
        DocumentFiles.Content content = documents.store(file);
        String originalName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return db.write("attaching document " + file, c -> {
                Assessment a = Assessments.require(c, assessment);
                return documents.record(c, a.id(), subject, factId, originalName, content, user(user));
            });
        } catch (StoreException e) {
            if (content.created()) {
                boolean referenced;
                try {
                    referenced = db.read("checking document " + content.sha256(), c -> DocumentFiles.referenced(c, content.sha256()));
                } catch (StoreException again) {
                    referenced = true; // cannot tell: keep the file
                }
                if (!referenced) documents.undo(content);
            }
            throw e;
        }
    }

    @Override
    public synchronized List<AttachedDocument> documents(String assessment) throws StoreException {
        return db.read("listing documents", c -> documents.list(c, Assessments.require(c, assessment).id()));
    }

    @Override
    public synchronized RunInfo storeRun(String assessment, ScoreResult result, long evidenceRevision, String user)
            throws StoreException {
        try {
            return db.write("storing a score run of assessment '" + assessment + "'", c -> {
                Assessment a = Assessments.require(c, assessment);
                if (!a.packId().equals(result.pack().id()))
                    throw new StoreException(Reason.WRONG_PACK, "the result was scored with pack " + result.pack().id()
                            + " but assessment '" + a.name() + "' uses pack " + a.packId());
                long now = EvidenceTables.revision(c, a.id());
                if (evidenceRevision < 0 || evidenceRevision > now)
                    throw new StoreException(Reason.BAD_ARGUMENT, "assessment '" + a.name() + "' has no evidence revision "
                            + evidenceRevision + " (its latest is " + now + ")");
                return RunTables.insert(c, a.id(), result, evidenceRevision, user(user));
            });
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.BAD_ARGUMENT, "cannot store the run: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<RunInfo> runs(String assessment) throws StoreException {
        return db.read("listing runs", c -> RunTables.ofAssessment(c, Assessments.require(c, assessment).id()));
    }

    @Override
    public synchronized RunInfo run(long runId) throws StoreException {
        return db.read("reading run " + runId, c -> requireRun(c, runId));
    }

    @Override
    public synchronized ScoreResult loadRun(long runId) throws StoreException {
        return db.read("reading run " + runId, c -> RunTables.load(c, requireRun(c, runId)));
    }

    @Override
    public synchronized RunDiff diff(long fromRun, long toRun) throws StoreException {
        return db.read("comparing runs " + fromRun + " and " + toRun, c -> {
            RunInfo from = requireRun(c, fromRun), to = requireRun(c, toRun);
            ScoreResult a = RunTables.load(c, from), b = RunTables.load(c, to);
            Map<FactRef, FactValue> ea = from.evidenceKnown() ? EvidenceTables.stateAt(c, from.assessmentId(), from.evidenceRevision()) : null;
            Map<FactRef, FactValue> eb = to.evidenceKnown() ? EvidenceTables.stateAt(c, to.assessmentId(), to.evidenceRevision()) : null;
            List<FactChange> trail = List.of();
            if (from.assessmentId() == to.assessmentId() && from.evidenceKnown() && to.evidenceKnown()) {
                long lo = Math.min(from.evidenceRevision(), to.evidenceRevision());
                long hi = Math.max(from.evidenceRevision(), to.evidenceRevision());
                trail = EvidenceTables.trail(c, from.assessmentId(), lo, hi);
            }
            return RunDiffer.diff(from, a, ea, to, b, eb, trail);
        });
    }

    /** Waits for a call in progress on another thread, then closes the connection. */
    @Override
    public synchronized void close() {
        db.close();
    }

    private static RunInfo requireRun(java.sql.Connection c, long runId) throws SQLException, StoreException {
        return RunTables.info(c, runId).orElseThrow(() -> new StoreException(Reason.UNKNOWN_RUN, "no run " + runId + " in this database"));
    }

    private static Set<String> factIds(RulePack pack) {
        Set<String> ids = new HashSet<>();
        for (FactDefinition f : pack.scheme().getFacts()) ids.add(f.getId());
        return ids;
    }

    private static void checkPack(Assessment a, RulePack pack) throws StoreException {
        if (!a.packId().equals(pack.id()))
            throw new StoreException(Reason.WRONG_PACK, "assessment '" + a.name() + "' uses pack " + a.packId()
                    + ", not " + pack.id() + "; nothing was changed");
    }

    private static void checkSubjects(Assessment a, List<String> subjects) throws StoreException {
        Set<String> known = new HashSet<>(a.subjects());
        Set<String> unknown = new LinkedHashSet<>();
        for (String s : subjects) if (!known.contains(s)) unknown.add(s);
        if (!unknown.isEmpty())
            throw new StoreException(Reason.UNKNOWN_SUBJECT, "assessment '" + a.name() + "' has no subject "
                    + abbreviate(unknown) + " (add subjects first, or check the spelling); nothing was changed");
    }

    private static String abbreviate(Set<String> values) {
        List<String> l = new ArrayList<>(values);
        String shown = String.join(", ", l.subList(0, Math.min(5, l.size())));
        return l.size() > 5 ? shown + " and " + (l.size() - 5) + " more" : shown;
    }

    private static String where(RawFact f) {
        return f.location() == null ? "" : f.location() + ": ";
    }

    private static void requireText(String s, String what) throws StoreException {
        if (s == null || s.isBlank()) throw new StoreException(Reason.BAD_ARGUMENT, "empty " + what);
    }

    private static String user(String user) {
        return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
    }

    private static String reason(String reason) {
        return reason == null ? "" : reason;
    }
}
