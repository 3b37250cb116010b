package org.crediteval.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crediteval.api.store.AssessmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other processes on the same file: one killed with SIGKILL at random moments, and two writing at once. Each
 * worker is a separate JVM running {@link StoreWorker} with this test's class path.
 */
class ProcessTest {
    static final int KILL_ROUNDS = 20;

    @TempDir
    Path dir;

    /** A started worker and the lines it printed so far (read on a thread so that its pipe never fills). */
    static final class Worker {
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch opening = new CountDownLatch(1);
        final StringBuilder err = new StringBuilder();

        Worker(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), StoreWorker.class.getName()));
            cmd.addAll(List.of(args));
            process = new ProcessBuilder(cmd).start();
            Thread out = new Thread(() -> read(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true));
            Thread errs = new Thread(() -> read(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false));
            out.setDaemon(true);
            errs.setDaemon(true);
            out.start();
            errs.start();
        }

        private void read(BufferedReader r, boolean stdout) {
            try (r) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!stdout) {
                        synchronized (err) {
                            err.append(line).append('\n');
                        }
                        continue;
                    }
                    lines.add(line);
                    if (line.equals("READY")) ready.countDown();
                    if (line.equals("OPENING")) opening.countDown();
                }
            } catch (IOException e) {
                // the process was killed
            }
        }

        List<String> lines() {
            synchronized (lines) {
                return new ArrayList<>(lines);
            }
        }

        String err() {
            synchronized (err) {
                return err.toString();
            }
        }
    }

    @Test
    void killedAtRandomMomentsTheFileStaysWholeAndEveryCommitIsKept() throws Exception {
        Path db = dir.resolve("kill.db");
        Random random = new Random(4711);
        List<String> committed = new ArrayList<>();
        int midWork = 0;
        for (int round = 0; round < KILL_ROUNDS; round++) {
            Worker w = new Worker(db.toString(), "loop", String.valueOf(random.nextLong()));
            if (round % 5 == 1) {
                // sometimes while the file is being opened
                assertTrue(w.opening.await(60, TimeUnit.SECONDS), w.err());
                Thread.sleep(random.nextInt(100));
            } else {
                assertTrue(w.ready.await(60, TimeUnit.SECONDS), "worker did not start: " + w.err());
                Thread.sleep(30 + random.nextInt(500));
            }
            w.process.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(w.process.waitFor(30, TimeUnit.SECONDS));
            Thread.sleep(100); // the pipe reader takes the last lines
            List<String> lines = w.lines();
            if (round % 2 == 0) {
                // the next program opens the file the killed one left (WAL not yet recovered): it must open
                try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
                    store.assessments();
                }
            }
            if (!lines.isEmpty() && lines.get(lines.size() - 1).startsWith("BEGIN")) midWork++;
            committed.addAll(lines);
            Integrity.Report report = Integrity.check(db);
            Integrity.assertReported(report, committed);
        }
        System.out.printf("kill test: %d rounds, %d killed inside an import or a run, %d commits%n", KILL_ROUNDS, midWork,
                committed.stream().filter(l -> l.startsWith("IMPORT") || l.startsWith("RUN")).count());
        // the test means something only if kills came in the middle of imports and runs, and commits were made
        assertTrue(midWork >= KILL_ROUNDS / 2, "only " + midWork + " rounds were killed while importing or storing a run");
        assertTrue(committed.stream().anyMatch(l -> l.startsWith("IMPORT")), "no import was committed");
        assertTrue(committed.stream().anyMatch(l -> l.startsWith("RUN")), "no run was committed");
        // and the file is still a working store
        try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
            assertTrue(store.runs(StoreWorker.ASSESSMENT).size() > 0);
        }
    }

    @Test
    void killedWhileMigratingTheFileIsEitherTheOldSchemaOrTheNewOne() throws Exception {
        Random random = new Random(99);
        int migrated = 0;
        for (int round = 0; round < 4; round++) {
            Path db = dir.resolve("migrate" + round + ".db");
            SqliteAssessmentStores.openAt(db, 1).close();
            try (Db d = new Db(db)) {
                d.exec("INSERT INTO assessment VALUES (1, 'worker', 'kt', '1.0.0', 2017, '2017-06-01T00:00:00Z', 'x')");
                for (int i = 0; i < StoreWorker.SUBJECTS.size(); i++)
                    d.exec("INSERT INTO assessment_subject VALUES (1, " + i + ", '" + StoreWorker.SUBJECTS.get(i) + "')");
                for (int i = 0; i < 140; i++)
                    d.exec("INSERT INTO fact VALUES (1, '城市0', 'f" + i + "', '1', '', '', '', 'x', '2017-06-01T00:00:00Z', " + i + ")");
            }
            Worker w = new Worker(db.toString(), "loop", String.valueOf(random.nextLong()));
            assertTrue(w.opening.await(60, TimeUnit.SECONDS), w.err());
            Thread.sleep(random.nextInt(200)); // opening and migrating this small file takes some tens of milliseconds
            w.process.destroyForcibly();
            assertTrue(w.process.waitFor(30, TimeUnit.SECONDS));
            Integrity.check(db);
            try (Db d = new Db(db)) {
                long version = d.number("SELECT max(version) FROM schema_version");
                if (version == 2) {
                    migrated++;
                    assertEquals(140, d.number("SELECT change_count FROM evidence_import WHERE id = 1"), "the baseline import is whole");
                } else {
                    assertEquals(1, version);
                    assertEquals(0, d.number("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_import'"), "no half migration");
                    assertEquals(140, d.number("SELECT count(*) FROM fact"));
                }
            }
        }
        System.out.println("killed while migrating: " + migrated + " of 4 files were migrated before the kill");
    }

    @Test
    void twoWritersAtOnceLoseNothingAndCorruptNothing() throws Exception {
        Path db = dir.resolve("two.db");
        try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
            StoreWorker.ensureAssessment(store);
        }
        Path go = dir.resolve("go");
        int rounds = 10;
        Worker a = new Worker(db.toString(), "writer", "desktop", String.valueOf(rounds), go.toString());
        Worker b = new Worker(db.toString(), "writer", "headless", String.valueOf(rounds), go.toString());
        assertTrue(a.ready.await(60, TimeUnit.SECONDS), a.err());
        assertTrue(b.ready.await(60, TimeUnit.SECONDS), b.err());
        Files.createFile(go);
        assertTrue(a.process.waitFor(120, TimeUnit.SECONDS));
        assertTrue(b.process.waitFor(120, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertEquals(0, a.process.exitValue(), a.err());
        assertEquals(0, b.process.exitValue(), b.err());

        Integrity.Report report = Integrity.check(db);
        Integrity.assertReported(report, a.lines());
        Integrity.assertReported(report, b.lines());
        assertEquals(2 * rounds, report.imports().size());
        assertEquals(2 * rounds, report.runs().size());
        assertEquals(rounds, a.lines().stream().filter(l -> l.startsWith("IMPORT")).count());
        assertEquals(rounds, b.lines().stream().filter(l -> l.startsWith("RUN")).count());

        // they really wrote at the same time: their imports interleave in the file
        List<Long> ofA = ids(a.lines(), "IMPORT"), ofB = ids(b.lines(), "IMPORT");
        long aMin = Collections.min(ofA), aMax = Collections.max(ofA);
        assertTrue(ofB.stream().anyMatch(id -> id > aMin && id < aMax) || ofA.stream().anyMatch(id -> id > Collections.min(ofB) && id < Collections.max(ofB)),
                "the two writers did not overlap: " + ofA + " / " + ofB);
        try (Db d = new Db(db)) {
            // each of the 2 × 140 shared facts was written by all 2 × rounds imports
            assertEquals(2L * rounds * 2 * StoreWorker.FACTS.size(), d.number("SELECT count(*) FROM evidence_change"));
        }
    }

    private static List<Long> ids(List<String> lines, String kind) {
        return lines.stream().filter(l -> l.startsWith(kind + " ")).map(l -> Long.parseLong(l.split(" ")[1])).toList();
    }
}
