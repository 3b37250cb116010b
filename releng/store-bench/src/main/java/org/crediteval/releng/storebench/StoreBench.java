package org.crediteval.releng.storebench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.store.internal.SqliteAssessmentStores;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Stores one synthetic run (N subjects × 140 items with explanations) through the store, and inserts the same rows
 * with a plain JDBC batch into a database with the same schema and the same connection settings (WAL,
 * synchronous=FULL, one transaction). Prints rows/s for both and the ratio. Arguments: subjects, rounds, work folder.
 */
public final class StoreBench {
    static final int DIMS = 7, INDS = 4, ITEMS = 5; // 140 items per subject
    /** CPU time of the inserting thread: on a shared machine, wall time also counts other processes' load. */
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    static double lastCpu;

    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(dir);

        ScoreResult warm = result(1_000, 1);
        ScoreResult run = result(subjects, 2);
        long items = (long) subjects * DIMS * INDS * ITEMS;
        long defs = DIMS + DIMS * INDS + DIMS * INDS * ITEMS;
        long allRows = 1 + defs + subjects + (long) subjects * DIMS + (long) subjects * DIMS * INDS + items + warnings(run);
        System.out.printf("store-bench: %,d subjects, %,d item rows (%,d rows in all), %d rounds, folder %s%n",
                subjects, items, allRows, rounds, dir.toAbsolutePath());
        System.out.printf("java %s, sqlite-jdbc %s%n", System.getProperty("java.version"), org.sqlite.SQLiteJDBCLoader.getVersion());

        // warm up both paths (JIT, native library) on a small run
        store(dir, warm);
        plain(dir, warm);

        double[] store = new double[rounds], plain = new double[rounds], storeCpu = new double[rounds], plainCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // alternate the order so that neither always runs on a warmer page cache
            if (r % 2 == 0) {
                store[r] = store(dir, run);
                storeCpu[r] = lastCpu;
                plain[r] = plain(dir, run);
                plainCpu[r] = lastCpu;
            } else {
                plain[r] = plain(dir, run);
                plainCpu[r] = lastCpu;
                store[r] = store(dir, run);
                storeCpu[r] = lastCpu;
            }
            System.out.printf("round %d: store %.3f s (cpu %.3f s), plain JDBC %.3f s (cpu %.3f s)%n", r + 1, store[r], storeCpu[r], plain[r], plainCpu[r]);
        }
        double s = median(store), p = median(plain);
        System.out.printf("%nmedian of %d rounds (wall time, one transaction each, commit and checkpoint included)%n", rounds);
        System.out.printf("store      : %.3f s  %,12.0f item rows/s  %,12.0f rows/s   (thread cpu %.3f s)%n", s, items / s, allRows / s, median(storeCpu));
        System.out.printf("plain JDBC : %.3f s  %,12.0f item rows/s  %,12.0f rows/s   (thread cpu %.3f s)%n", p, items / p, allRows / p, median(plainCpu));
        System.out.printf("ratio store/plain: %.2f (target >= 0.70); store item rows/s %s 300,000; load average now %.2f on %d cpus%n", p / s,
                items / s >= 300_000 ? ">=" : "<", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Seconds for storeRun alone, on a fresh database. */
    static double store(Path dir, ScoreResult result) throws Exception {
        Path db = fresh(dir, "store.db");
        try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
            store.createAssessment("bench", "bench", "1.0.0", 2017, List.of(), "bench");
            long t0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
            store.storeRun("bench", result, 0, "bench");
            lastCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Seconds for the same rows as a plain JDBC batch insert, one transaction, into the store's schema. */
    static double plain(Path dir, ScoreResult result) throws Exception {
        Path db = fresh(dir, "plain.db");
        try (AssessmentStore store = new SqliteAssessmentStores().open(db)) {
            store.createAssessment("bench", "bench", "1.0.0", 2017, List.of(), "bench");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setCacheSize(-65536);
        config.setJournalSizeLimit(64 << 20);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db);
        try (Connection c = ds.getConnection()) {
            long t0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO run (id, assessment_id, pack_id, pack_version, created_at, created_by, subject_count, "
                        + "dimension_count, indicator_count, item_count, warning_count, def_count, evidence_revision) "
                        + "VALUES (1, 1, 'bench', '1.0.0', '2026-01-01T00:00:00Z', 'bench', 0, 0, 0, 0, 0, 0, 0)");
            }
            // the structure shared by the subjects goes to the *_def tables once, as the schema wants
            Map<List<Object>, Integer> dimDefs = new HashMap<>(), indDefs = new HashMap<>(), itemDefs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_subject VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement pw = c.prepareStatement("INSERT INTO run_warning VALUES (?, ?, ?, ?)");
                 PreparedStatement pdd = c.prepareStatement("INSERT INTO run_dimension_def VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement pid = c.prepareStatement("INSERT INTO run_indicator_def VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement ptd = c.prepareStatement("INSERT INTO run_item_def VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement pd = c.prepareStatement("INSERT INTO run_dimension VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement pi = c.prepareStatement("INSERT INTO run_indicator VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement pt = c.prepareStatement("INSERT INTO run_item VALUES (?, ?, ?, ?, ?, ?)")) {
                long runId = 1;
                int n = 0, so = 0;
                for (SubjectResult s : result.subjects()) {
                    ps.setLong(1, runId);
                    ps.setInt(2, so);
                    ps.setString(3, s.subject());
                    ps.setString(4, s.base().toPlainString());
                    ps.setString(5, s.baseMax().toPlainString());
                    ps.setString(6, s.bonus().toPlainString());
                    ps.setString(7, s.bonusMax().toPlainString());
                    ps.setString(8, s.total().toPlainString());
                    ps.setString(9, s.missing().isEmpty() ? null : String.join("\n", s.missing()));
                    ps.addBatch();
                    int wo = 0;
                    for (String w : s.warnings()) {
                        pw.setLong(1, runId);
                        pw.setInt(2, so);
                        pw.setInt(3, wo++);
                        pw.setString(4, w);
                        pw.addBatch();
                    }
                    int dseq = 0, iseq = 0, tseq = 0;
                    for (DimensionResult d : s.dimensions()) {
                        List<Object> dk = List.of(d.id(), d.name(), d.max(), d.bonus());
                        Integer ddef = dimDefs.get(dk);
                        if (ddef == null) {
                            dimDefs.put(dk, ddef = dimDefs.size());
                            pdd.setLong(1, runId);
                            pdd.setInt(2, ddef);
                            pdd.setString(3, d.id());
                            pdd.setString(4, d.name());
                            pdd.setString(5, d.max().toPlainString());
                            pdd.setInt(6, d.bonus() ? 1 : 0);
                            pdd.executeUpdate();
                        }
                        pd.setLong(1, runId);
                        pd.setInt(2, so);
                        pd.setInt(3, dseq);
                        pd.setInt(4, ddef);
                        pd.setString(5, d.score().toPlainString());
                        pd.addBatch();
                        for (IndicatorResult i : d.indicators()) {
                            List<Object> ik = List.of(dseq, i.id(), i.name(), i.max());
                            Integer idef = indDefs.get(ik);
                            if (idef == null) {
                                indDefs.put(ik, idef = indDefs.size());
                                pid.setLong(1, runId);
                                pid.setInt(2, idef);
                                pid.setInt(3, dseq);
                                pid.setString(4, i.id());
                                pid.setString(5, i.name());
                                pid.setString(6, i.max().toPlainString());
                                pid.executeUpdate();
                            }
                            pi.setLong(1, runId);
                            pi.setInt(2, so);
                            pi.setInt(3, iseq);
                            pi.setInt(4, idef);
                            pi.setString(5, i.score().toPlainString());
                            pi.addBatch();
                            for (ItemResult t : i.items()) {
                                List<Object> tk = List.of(iseq, t.id(), t.label(), t.max(), t.facts());
                                Integer tdef = itemDefs.get(tk);
                                if (tdef == null) {
                                    itemDefs.put(tk, tdef = itemDefs.size());
                                    ptd.setLong(1, runId);
                                    ptd.setInt(2, tdef);
                                    ptd.setInt(3, iseq);
                                    ptd.setString(4, t.id());
                                    ptd.setString(5, t.label());
                                    ptd.setString(6, t.max().toPlainString());
                                    ptd.setString(7, t.facts().isEmpty() ? null : String.join("\n", t.facts()));
                                    ptd.executeUpdate();
                                }
                                pt.setLong(1, runId);
                                pt.setInt(2, so);
                                pt.setInt(3, tseq++);
                                pt.setInt(4, tdef);
                                pt.setString(5, t.score().toPlainString());
                                pt.setString(6, t.explanation());
                                pt.addBatch();
                                if (++n % 10_000 == 0) pt.executeBatch();
                            }
                            iseq++;
                        }
                        dseq++;
                    }
                    so++;
                    if (so % 1_000 == 0) {
                        ps.executeBatch();
                        pw.executeBatch();
                        pd.executeBatch();
                        pi.executeBatch();
                    }
                }
                ps.executeBatch();
                pw.executeBatch();
                pd.executeBatch();
                pi.executeBatch();
                pt.executeBatch();
            }
            c.commit();
            lastCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static Path fresh(Path dir, String name) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(dir.resolve(name + suffix));
        Path files = dir.resolve(name + ".files");
        if (Files.exists(files)) try (Stream<Path> s = Files.walk(files)) {
            s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        return dir.resolve(name);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static long warnings(ScoreResult r) {
        return r.subjects().stream().mapToLong(s -> s.warnings().size()).sum();
    }

    /** Shaped like a gd-2017 result: ids, Chinese labels and explanations, scores with 0–4 decimals. */
    static ScoreResult result(int subjects, long seed) {
        Random r = new Random(seed);
        String[] values = {"是", "否", "93.5", "12", "0.8", "单设信用办"};
        List<SubjectResult> out = new ArrayList<>(subjects);
        for (int s = 0; s < subjects; s++) {
            List<DimensionResult> ds = new ArrayList<>(DIMS);
            BigDecimal total = BigDecimal.ZERO;
            int k = 0;
            for (int d = 1; d <= DIMS; d++) {
                List<IndicatorResult> is = new ArrayList<>(INDS);
                BigDecimal dsum = BigDecimal.ZERO;
                for (int i = 1; i <= INDS; i++) {
                    List<ItemResult> ts = new ArrayList<>(ITEMS);
                    BigDecimal isum = BigDecimal.ZERO;
                    for (int t = 1; t <= ITEMS; t++, k++) {
                        BigDecimal score = BigDecimal.valueOf(r.nextInt(200), r.nextInt(3));
                        isum = isum.add(score);
                        String fact = d + "." + i + ".fact_" + t;
                        ts.add(new ItemResult(fact, "评分点" + d + "." + i + "." + t + " 信用信息共享平台建设",
                                score, new BigDecimal("2"), "事实 " + fact + " = " + values[r.nextInt(values.length)] + " → " + score.toPlainString()
                                        + "（按评分标准计分）", List.of(fact)));
                    }
                    is.add(new IndicatorResult(d + "." + i, "二级指标 " + d + "." + i, isum, new BigDecimal("10"), ts));
                    dsum = dsum.add(isum);
                }
                ds.add(new DimensionResult(String.valueOf(d), "一级指标 " + d, dsum, new BigDecimal("40"), d == DIMS, is));
                total = total.add(dsum);
            }
            out.add(new SubjectResult("城市" + s, total, new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("10"), total, ds,
                    s % 3 == 0 ? List.of("4.1.person_coverage") : List.of(), s % 50 == 0 ? List.of("目标为 0：不计分") : List.of()));
        }
        return new ScoreResult(new ScoreResult.PackRef("bench", "1.0.0"), out);
    }
}
