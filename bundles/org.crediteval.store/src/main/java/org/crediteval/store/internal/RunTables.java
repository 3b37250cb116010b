package org.crediteval.store.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.store.RunInfo;

/**
 * Score runs: one run row; the structure every subject shares (dimension, indicator and item ids, names, maxima,
 * fact ids) once per run in the *_def tables; per subject only positions, definitions, scores and explanations,
 * keyed by (run, subject position, position within the subject) so that a run reads back in exactly the order
 * it was stored. Writing is the hot path (a run of 10,000 subjects is ~1.4 million item rows):
 * multi-row statements ({@link RowBatch}) for the per-subject tables, batched.
 */
final class RunTables {
    /** Rows per executeBatch: large enough to amortize the JNI round trips, small enough to bound the buffered parameters. */
    private static final int BATCH = 8192;

    private RunTables() {
    }

    static RunInfo insert(Connection c, long assessment, ScoreResult result, long evidenceRevision, String user)
            throws SQLException {
        Instant now = Instant.now();
        int dims = 0, inds = 0, items = 0, warnings = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (SubjectResult s : result.subjects()) {
            dims += s.dimensions().size();
            warnings += s.warnings().size();
            sum = sum.add(s.total());
            for (DimensionResult d : s.dimensions()) {
                inds += d.indicators().size();
                for (IndicatorResult i : d.indicators()) items += i.items().size();
            }
        }
        BigDecimal mean = result.subjects().isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(result.subjects().size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO run (assessment_id, pack_id, pack_version, created_at, "
                + "created_by, subject_count, dimension_count, indicator_count, item_count, warning_count, def_count, mean_total, "
                + "evidence_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            p.setLong(1, assessment);
            p.setString(2, result.pack().id());
            p.setString(3, result.pack().version());
            p.setString(4, Sql.time(now));
            p.setString(5, user);
            p.setInt(6, result.subjects().size());
            p.setInt(7, dims);
            p.setInt(8, inds);
            p.setInt(9, items);
            p.setInt(10, warnings);
            p.setString(11, mean == null ? null : Sql.decimal(mean));
            p.setLong(12, evidenceRevision);
            p.executeUpdate();
        }
        long runId = EvidenceTables.lastId(c);

        // the run id is a number from the database: written into the SQL, it saves one bound parameter per row
        String r = Long.toString(runId);
        Map<DimensionDef, Integer> dimensionDefs = new HashMap<>();
        Map<IndicatorDef, Integer> indicatorDefs = new HashMap<>();
        Map<ItemDef, Integer> itemDefs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_subject VALUES (" + r + ", ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pw = c.prepareStatement("INSERT INTO run_warning VALUES (" + r + ", ?, ?, ?)");
             PreparedStatement pdd = c.prepareStatement("INSERT INTO run_dimension_def VALUES (" + r + ", ?, ?, ?, ?, ?)");
             PreparedStatement pid = c.prepareStatement("INSERT INTO run_indicator_def VALUES (" + r + ", ?, ?, ?, ?, ?)");
             PreparedStatement ptd = c.prepareStatement("INSERT INTO run_item_def VALUES (" + r + ", ?, ?, ?, ?, ?, ?)");
             RowBatch bd = new RowBatch(c, "run_dimension", r, 4);
             RowBatch bi = new RowBatch(c, "run_indicator", r, 4);
             RowBatch bt = new RowBatch(c, "run_item", r, 5)) {
            Batch bs = new Batch(ps), bw = new Batch(pw);
            int so = 0;
            for (SubjectResult s : result.subjects()) {
                ps.setInt(1, so);
                ps.setString(2, s.subject());
                ps.setString(3, Sql.decimal(s.base()));
                ps.setString(4, Sql.decimal(s.baseMax()));
                ps.setString(5, Sql.decimal(s.bonus()));
                ps.setString(6, Sql.decimal(s.bonusMax()));
                ps.setString(7, Sql.decimal(s.total()));
                ps.setString(8, Sql.ids(s.missing()));
                bs.add();
                int wo = 0;
                for (String w : s.warnings()) {
                    pw.setInt(1, so);
                    pw.setInt(2, wo++);
                    pw.setString(3, w);
                    bw.add();
                }
                int dseq = 0, iseq = 0, tseq = 0;
                for (DimensionResult d : s.dimensions()) {
                    DimensionDef dk = new DimensionDef(d.id(), d.name(), d.max(), d.bonus());
                    Integer ddef = dimensionDefs.get(dk);
                    if (ddef == null) {
                        dimensionDefs.put(dk, ddef = dimensionDefs.size());
                        pdd.setInt(1, ddef);
                        pdd.setString(2, d.id());
                        pdd.setString(3, d.name());
                        pdd.setString(4, Sql.decimal(d.max()));
                        pdd.setInt(5, d.bonus() ? 1 : 0);
                        pdd.executeUpdate();
                    }
                    bd.set(1, so).set(2, dseq).set(3, ddef).set(4, Sql.decimal(d.score())).add();
                    for (IndicatorResult i : d.indicators()) {
                        IndicatorDef ik = new IndicatorDef(dseq, i.id(), i.name(), i.max());
                        Integer idef = indicatorDefs.get(ik);
                        if (idef == null) {
                            indicatorDefs.put(ik, idef = indicatorDefs.size());
                            pid.setInt(1, idef);
                            pid.setInt(2, dseq);
                            pid.setString(3, i.id());
                            pid.setString(4, i.name());
                            pid.setString(5, Sql.decimal(i.max()));
                            pid.executeUpdate();
                        }
                        bi.set(1, so).set(2, iseq).set(3, idef).set(4, Sql.decimal(i.score())).add();
                        for (ItemResult t : i.items()) {
                            ItemDef tk = new ItemDef(iseq, t.id(), t.label(), t.max(), t.facts());
                            Integer tdef = itemDefs.get(tk);
                            if (tdef == null) {
                                itemDefs.put(tk, tdef = itemDefs.size());
                                ptd.setInt(1, tdef);
                                ptd.setInt(2, iseq);
                                ptd.setString(3, t.id());
                                ptd.setString(4, t.label());
                                ptd.setString(5, Sql.decimal(t.max()));
                                ptd.setString(6, Sql.ids(t.facts()));
                                ptd.executeUpdate();
                            }
                            bt.set(1, so).set(2, tseq++).set(3, tdef).set(4, Sql.decimal(t.score())).set(5, t.explanation()).add();
                        }
                        iseq++;
                    }
                    dseq++;
                }
                so++;
            }
            bs.flush();
            bw.flush();
            bd.flush();
            bi.flush();
            bt.flush();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE run SET def_count = ? WHERE id = ?")) {
            p.setInt(1, dimensionDefs.size() + indicatorDefs.size() + itemDefs.size());
            p.setLong(2, runId);
            p.executeUpdate();
        }
        return new RunInfo(runId, assessment, result.pack().id(), result.pack().version(), evidenceRevision, now, user,
                result.subjects().size(), items, mean);
    }

    /* Definition keys: BigDecimal equality includes the scale, so 1.0 and 1.00 stay apart and come back exactly. */
    private record DimensionDef(String id, String name, BigDecimal max, boolean bonus) {
    }

    private record IndicatorDef(int dimensionSeq, String id, String name, BigDecimal max) {
    }

    private record ItemDef(int indicatorSeq, String id, String label, BigDecimal max, List<String> facts) {
    }

    private static final class Batch {
        private final PreparedStatement p;
        private int n;

        Batch(PreparedStatement p) {
            this.p = p;
        }

        void add() throws SQLException {
            p.addBatch();
            if (++n == BATCH) flush();
        }

        void flush() throws SQLException {
            if (n > 0) p.executeBatch();
            n = 0;
        }
    }

    static Optional<RunInfo> info(Connection c, long runId) throws SQLException {
        List<RunInfo> l = infos(c, "r.id = ?", runId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static List<RunInfo> ofAssessment(Connection c, long assessment) throws SQLException {
        return infos(c, "r.assessment_id = ?", assessment);
    }

    private static List<RunInfo> infos(Connection c, String where, long arg) throws SQLException {
        List<RunInfo> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT r.id, r.assessment_id, r.pack_id, r.pack_version, "
                + "r.evidence_revision, r.created_at, r.created_by, r.subject_count, r.item_count, r.mean_total "
                + "FROM run r WHERE " + where + " ORDER BY r.id")) {
            p.setLong(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long rev = rs.getLong(5);
                    if (rs.wasNull()) rev = -1;
                    out.add(new RunInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rev,
                            Sql.time(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9), Sql.decimal(rs.getString(10))));
                }
            }
        }
        return out;
    }

    /** Reads a run back; the caller has checked that it exists. */
    static ScoreResult load(Connection c, RunInfo info) throws SQLException {
        long run = info.id();
        List<SubjectRow> subjects = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ord, subject, base, base_max, bonus, bonus_max, total, missing "
                + "FROM run_subject WHERE run_id = ? ORDER BY ord")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    subjects.add(new SubjectRow(rs.getString(2), Sql.decimal(rs.getString(3)), Sql.decimal(rs.getString(4)),
                            Sql.decimal(rs.getString(5)), Sql.decimal(rs.getString(6)), Sql.decimal(rs.getString(7)),
                            Sql.ids(rs.getString(8))));
            }
        }
        int n = subjects.size();
        List<List<String>> warnings = lists(n);
        try (PreparedStatement p = c.prepareStatement("SELECT subject_ord, text FROM run_warning WHERE run_id = ? ORDER BY subject_ord, ord")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) warnings.get(rs.getInt(1)).add(rs.getString(2));
            }
        }
        Map<Integer, DimensionDef> dimensionDefs = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT def, id, name, max, bonus FROM run_dimension_def WHERE run_id = ?")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    dimensionDefs.put(rs.getInt(1), new DimensionDef(rs.getString(2), rs.getString(3), Sql.decimal(rs.getString(4)), rs.getInt(5) != 0));
            }
        }
        Map<Integer, IndicatorDef> indicatorDefs = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT def, dimension_seq, id, name, max FROM run_indicator_def WHERE run_id = ?")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    indicatorDefs.put(rs.getInt(1), new IndicatorDef(rs.getInt(2), rs.getString(3), rs.getString(4), Sql.decimal(rs.getString(5))));
            }
        }
        Map<Integer, ItemDef> itemDefs = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT def, indicator_seq, id, label, max, facts FROM run_item_def WHERE run_id = ?")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    itemDefs.put(rs.getInt(1), new ItemDef(rs.getInt(2), rs.getString(3), rs.getString(4), Sql.decimal(rs.getString(5)), Sql.ids(rs.getString(6))));
            }
        }
        // items grouped by (subject, indicator seq), indicators by (subject, dimension seq)
        List<List<List<ItemResult>>> items = lists(n);
        try (PreparedStatement p = c.prepareStatement("SELECT subject_ord, def, score, explanation FROM run_item WHERE run_id = ? ORDER BY subject_ord, seq")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ItemDef d = itemDefs.get(rs.getInt(2));
                    List<ItemResult> l = slot(items.get(rs.getInt(1)), d.indicatorSeq());
                    l.add(new ItemResult(d.id(), d.label(), Sql.decimal(rs.getString(3)), d.max(), rs.getString(4), d.facts()));
                }
            }
        }
        List<List<List<IndicatorResult>>> indicators = lists(n);
        try (PreparedStatement p = c.prepareStatement("SELECT subject_ord, seq, def, score FROM run_indicator WHERE run_id = ? ORDER BY subject_ord, seq")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int so = rs.getInt(1), seq = rs.getInt(2);
                    IndicatorDef d = indicatorDefs.get(rs.getInt(3));
                    List<List<ItemResult>> perIndicator = items.get(so);
                    List<ItemResult> its = seq < perIndicator.size() && perIndicator.get(seq) != null ? perIndicator.get(seq) : List.of();
                    slot(indicators.get(so), d.dimensionSeq()).add(new IndicatorResult(d.id(), d.name(), Sql.decimal(rs.getString(4)), d.max(), its));
                }
            }
        }
        List<List<DimensionResult>> dimensions = lists(n);
        try (PreparedStatement p = c.prepareStatement("SELECT subject_ord, seq, def, score FROM run_dimension WHERE run_id = ? ORDER BY subject_ord, seq")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int so = rs.getInt(1), seq = rs.getInt(2);
                    DimensionDef d = dimensionDefs.get(rs.getInt(3));
                    List<List<IndicatorResult>> perDimension = indicators.get(so);
                    List<IndicatorResult> inds = seq < perDimension.size() && perDimension.get(seq) != null ? perDimension.get(seq) : List.of();
                    dimensions.get(so).add(new DimensionResult(d.id(), d.name(), Sql.decimal(rs.getString(4)), d.max(), d.bonus(), inds));
                }
            }
        }
        List<SubjectResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SubjectRow s = subjects.get(i);
            out.add(new SubjectResult(s.subject, s.base, s.baseMax, s.bonus, s.bonusMax, s.total, dimensions.get(i),
                    s.missing, warnings.get(i)));
        }
        return new ScoreResult(new ScoreResult.PackRef(info.packId(), info.packVersion()), out);
    }

    /** The list at position {@code index}, created (with any gap before it) on first use. */
    private static <T> List<T> slot(List<List<T>> lists, int index) {
        while (lists.size() <= index) lists.add(null);
        List<T> l = lists.get(index);
        if (l == null) lists.set(index, l = new ArrayList<>());
        return l;
    }

    private record SubjectRow(String subject, BigDecimal base, BigDecimal baseMax, BigDecimal bonus, BigDecimal bonusMax,
            BigDecimal total, List<String> missing) {
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(new ArrayList<>());
        return l;
    }
}
