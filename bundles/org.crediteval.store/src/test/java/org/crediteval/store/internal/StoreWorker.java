package org.crediteval.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;

/**
 * The other process of the kill and two-writer tests: imports and runs in a loop, printing each commit
 * ({@code IMPORT id changes}, {@code RUN id items}) only after the store returned, so that the parent knows what
 * must be in the file. {@code OPENING} comes just before the file is opened (and migrated). In the loop, {@code BEGIN …} before each operation tells the parent that a kill came in the
 * middle of one.
 * <p>
 * {@code StoreWorker DB loop SEED}: until killed, random imports and 20-subject runs (2,800 items).<br>
 * {@code StoreWorker DB writer NAME ROUNDS GOFILE}: waits for GOFILE, then ROUNDS times imports every fact of
 * two shared subjects with values naming itself, and stores a run; exits 0.
 */
public final class StoreWorker {
    static final String ASSESSMENT = "worker";
    static final List<String> SUBJECTS = TestData.subjects(100);
    static final List<String> FACTS = TestData.factIds(140);
    static final RulePack PACK = TestData.pack("kt", "1.0.0", FACTS);

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        org.sqlite.SQLiteJDBCLoader.initialize(); // the native library first, so that OPENING is close to the migration
        report("OPENING");
        try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
            ensureAssessment(store);
            System.out.println("READY");
            System.out.flush();
            if (args[1].equals("loop")) loop(store, new Random(Long.parseLong(args[2])));
            else writer(store, args[2], Integer.parseInt(args[3]), Path.of(args[4]));
        }
    }

    static void ensureAssessment(AssessmentStore store) throws StoreException {
        if (store.findAssessment(ASSESSMENT).isPresent()) return;
        try {
            store.createAssessment(ASSESSMENT, "kt", "1.0.0", 2017, SUBJECTS, "worker");
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DUPLICATE_ASSESSMENT) throw e;
        }
    }

    private static void loop(AssessmentStore store, Random r) throws Exception {
        for (int i = 0; ; i++) {
            List<RawFact> facts = new ArrayList<>();
            for (String s : SUBJECTS)
                for (String f : FACTS)
                    if (r.nextInt(20) == 0) facts.add(fact(s, f, String.valueOf(r.nextInt(5))));
            report("BEGIN IMPORT");
            ImportResult imp = store.importEvidence(ASSESSMENT, PACK, evidence(facts), "worker", "round " + i);
            report("IMPORT " + imp.importId() + " " + imp.changes().size());
            report("BEGIN RUN");
            EvidenceState ev = store.currentEvidence(ASSESSMENT);
            RunInfo run = store.storeRun(ASSESSMENT, TestData.result("kt", "1.0.0", SUBJECTS.subList(0, 20), 7, 4, 5, r.nextLong()), ev.revision(), "worker");
            report("RUN " + run.id() + " " + run.itemCount());
        }
    }

    private static void writer(AssessmentStore store, String name, int rounds, Path go) throws Exception {
        while (!Files.exists(go)) Thread.sleep(5);
        List<String> shared = SUBJECTS.subList(0, 2);
        for (int i = 0; i < rounds; i++) {
            List<RawFact> facts = new ArrayList<>();
            for (String s : shared) for (String f : FACTS) facts.add(fact(s, f, name + "-" + i));
            ImportResult imp = store.importEvidence(ASSESSMENT, PACK, evidence(facts), name, "round " + i);
            report("IMPORT " + imp.importId() + " " + imp.changes().size());
            EvidenceState ev = store.currentEvidence(ASSESSMENT);
            RunInfo run = store.storeRun(ASSESSMENT, TestData.result("kt", "1.0.0", SUBJECTS.subList(0, 30), 7, 4, 5, i), ev.revision(), name);
            report("RUN " + run.id() + " " + run.itemCount());
        }
    }

    private static RawFact fact(String subject, String factId, String value) {
        return new RawFact(subject, factId, value, "", "", Location.line("worker.csv", 1));
    }

    private static Evidence evidence(List<RawFact> facts) {
        return new Evidence(SUBJECTS, facts);
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
