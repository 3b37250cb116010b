package org.crediteval.store.internal;

import static org.crediteval.store.internal.TestData.evidence;
import static org.crediteval.store.internal.TestData.fact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunDiff;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;
import org.crediteval.api.store.StoredFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions: migrating a schema 1 file, and refusing files this program must not touch. */
class MigrationTest {
    static final RulePack GD = TestData.pack("gd-2017", "1.0.0", TestData.factIds(10));

    @TempDir
    Path dir;

    /** A file as the first released program left it: an assessment with facts and one run, no audit trail. */
    private Path schemaOneFile() throws Exception {
        Path file = dir.resolve("v1.db");
        SqliteAssessmentStores.openAt(file, 1).close();
        try (Db db = new Db(file)) {
            db.exec("INSERT INTO assessment VALUES (1, '茂名2017', 'gd-2017', '1.0.0', 2017, '2017-06-01T00:00:00Z', 'alice')");
            db.exec("INSERT INTO assessment_subject VALUES (1, 0, '茂名市'), (1, 1, '湛江市')");
            db.exec("INSERT INTO fact VALUES (1, '茂名市', 'f0', '是', '市编办', '', 'e.csv:2', 'alice', '2017-06-01T00:00:00Z', 0),"
                    + " (1, '茂名市', 'f1', '93.5', '', '', 'e.csv:3', 'alice', '2017-06-01T00:00:00Z', 1),"
                    + " (1, '湛江市', 'f0', '否', '', '', 'e.csv:4', 'alice', '2017-06-01T00:00:00Z', 2)");
            db.exec("INSERT INTO run VALUES (1, 1, 'gd-2017', '1.0.0', '2017-06-02T00:00:00Z', 'alice', 1, 1, 1, 1, 0, 3, '0.5')");
            db.exec("INSERT INTO run_subject VALUES (1, 0, '茂名市', '0.5', '100', '0', '10', '0.5', 'f1')");
            db.exec("INSERT INTO run_dimension_def VALUES (1, 0, '1', '工作保障', '5', 0)");
            db.exec("INSERT INTO run_indicator_def VALUES (1, 0, 0, '1.1', '工作保障条件', '2')");
            db.exec("INSERT INTO run_item_def VALUES (1, 0, 0, 'f0', '机构到位', '0.5', 'f0')");
            db.exec("INSERT INTO run_dimension VALUES (1, 0, 0, 0, '0.5')");
            db.exec("INSERT INTO run_indicator VALUES (1, 0, 0, 0, '0.5')");
            db.exec("INSERT INTO run_item VALUES (1, 0, 0, 0, '0.50', '机构到位 = 是 → 0.5')");
            assertEquals(1, db.number("SELECT max(version) FROM schema_version"));
        }
        return file;
    }

    @Test
    void migratesASchemaOneFileAndEveryOperationWorksOnIt() throws Exception {
        Path file = schemaOneFile();
        try (AssessmentStore store = new SqliteAssessmentStores().open(file)) {
            try (Db db = new Db(file)) {
                assertEquals(2, db.number("SELECT max(version) FROM schema_version"));
                assertEquals(2, db.number("SELECT count(*) FROM schema_version"));
                assertEquals(Migrations.checksum(Migrations.ALL.get(1)), db.text("SELECT checksum FROM schema_version WHERE version = 2"));
            }
            // the old facts are kept and enter the audit trail as one baseline import
            List<StoredFact> facts = store.facts("茂名2017");
            assertEquals(3, facts.size());
            assertEquals("alice", facts.get(0).enteredBy());
            List<FactChange> trail = store.auditTrail("茂名2017");
            assertEquals(3, trail.size());
            assertNull(trail.get(0).before());
            assertEquals("93.5", trail.get(1).after().value());
            EvidenceState before = store.currentEvidence("茂名2017");
            assertEquals(trail.get(2).revision(), before.revision());

            // the old run reads back; its evidence is unknown
            RunInfo old = store.runs("茂名2017").get(0);
            assertFalse(old.evidenceKnown());
            assertEquals(new BigDecimal("0.5"), old.meanTotal());
            ScoreResult oldResult = store.loadRun(old.id());
            assertEquals(new BigDecimal("0.50"), oldResult.subjects().get(0).dimensions().get(0).indicators().get(0).items().get(0).score());
            assertEquals(List.of("f1"), oldResult.subjects().get(0).missing());

            // every command on the migrated file
            assertEquals(1, store.assessments().size());
            store.createAssessment("湛江2018", "gd-2017", "1.0.0", 2018, List.of("湛江市"), "bob");
            ImportResult imported = store.importEvidence("茂名2017", GD, evidence(fact("茂名市", "f1", "95"), fact("湛江市", "f0", "否")), "bob", "更正");
            assertEquals(1, imported.changed());
            assertEquals(1, imported.unchanged());
            Path doc = Files.writeString(dir.resolve("文件.pdf"), "pdf");
            AttachedDocument d = store.attachDocument("茂名2017", GD, "茂名市", "f0", doc, "bob");
            assertTrue(Files.exists(d.stored()));
            EvidenceState now = store.currentEvidence("茂名2017");
            RunInfo fresh = store.storeRun("茂名2017", TestData.result("gd-2017", "1.0.0", List.of("茂名市"), 1, 1, 2, 3), now.revision(), "bob");
            assertEquals(2, store.runs("茂名2017").size());
            RunDiff diff = store.diff(old.id(), fresh.id());
            assertFalse(diff.evidenceKnown(), "the schema 1 run did not record its evidence");
            assertFalse(diff.subjects().isEmpty());
            assertEquals(now.revision(), store.run(fresh.id()).evidenceRevision());
        }
        // opening again changes nothing
        try (AssessmentStore store = new SqliteAssessmentStores().open(file); Db db = new Db(file)) {
            assertEquals(2, db.number("SELECT count(*) FROM schema_version"));
            assertEquals(2, store.assessments().size());
        }
    }

    @Test
    void releasedMigrationsAreNeverEdited() {
        // a released script must stay as it is: files in the field carry these checksums in schema_version
        assertEquals("30e3b2bb3d26d7991388c0d0243d1999ebca14391bdfe36fc54df70caf37cf2c", Migrations.checksum(Migrations.ALL.get(0)));
        assertEquals("a2e2c978b1e9b8873ef50557e4daf762246ff22a0a21e7a14068e7122a30644a", Migrations.checksum(Migrations.ALL.get(1)));
        for (int i = 0; i < Migrations.ALL.size(); i++) assertEquals(i + 1, Migrations.ALL.get(i).version());
    }

    @Test
    void splitsScriptsIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (\n    x TEXT DEFAULT 'a;b'\n);", "INSERT INTO a VALUES ('1');"),
                Migrations.statements("-- comment;\nCREATE TABLE a (\n    x TEXT DEFAULT 'a;b'\n);\n\nINSERT INTO a VALUES ('1');\n"));
    }

    private void assertRefusedUnchanged(Path file, Reason reason, String messagePart) throws Exception {
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> new SqliteAssessmentStores().open(file));
        assertEquals(reason, e.reason());
        assertTrue(e.badInput());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
        assertFalse(Files.exists(Path.of(file + "-wal")), "no journal left behind");
        assertFalse(Files.exists(Path.of(file + ".files")));
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path csv = Files.writeString(dir.resolve("evidence.csv"), "subject,fact,value\n茂名市,1.1.institution,是\n");
        assertRefusedUnchanged(csv, Reason.NOT_A_STORE, "not an SQLite file");
        Path tiny = Files.write(dir.resolve("tiny.db"), new byte[] {1, 2, 3});
        assertRefusedUnchanged(tiny, Reason.NOT_A_STORE, "not an SQLite file");
        StoreException folder = assertThrows(StoreException.class, () -> new SqliteAssessmentStores().open(dir));
        assertEquals(Reason.NOT_A_STORE, folder.reason());
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws Exception {
        Path other = dir.resolve("other.db");
        try (Db db = new Db(other)) {
            db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            db.exec("INSERT INTO customers VALUES (1, 'x')");
        }
        assertRefusedUnchanged(other, Reason.NOT_A_STORE, "another program");
    }

    @Test
    void refusesANewerSchema() throws Exception {
        Path file = dir.resolve("newer.db");
        new SqliteAssessmentStores().open(file).close();
        try (Db db = new Db(file)) {
            db.exec("INSERT INTO schema_version VALUES (3, 'from the future', 'x', '2030-01-01T00:00:00Z')");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            db.exec("PRAGMA journal_mode = DELETE"); // so that the whole state is in the main file
        }
        assertRefusedUnchanged(file, Reason.SCHEMA_TOO_NEW, "schema version 3");
    }

    @Test
    void anEmptyFileBecomesAStore() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        try (AssessmentStore store = new SqliteAssessmentStores().open(empty)) {
            assertTrue(store.assessments().isEmpty());
        }
    }

    @Test
    void twoProgramsOpeningAnOldFileAtOnceMigrateItOnce() throws Exception {
        Path file = schemaOneFile();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<Integer> open = () -> {
                    try (AssessmentStore s = new SqliteAssessmentStores().open(file)) {
                        return s.auditTrail("茂名2017").size();
                    }
                };
                opened.add(pool.submit(open));
            }
            for (Future<Integer> f : opened) assertEquals(3, f.get());
        } finally {
            pool.shutdown();
        }
        try (Db db = new Db(file)) {
            assertEquals(2, db.number("SELECT count(*) FROM schema_version"));
            assertEquals(1, db.number("SELECT count(*) FROM evidence_import"));
        }
    }
}
