package org.crediteval.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.FactRef;
import org.crediteval.api.store.FactValue;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.StoredFact;

/**
 * The fact table (current content) and the audit trail (evidence_import, evidence_change). Both change together
 * in the caller's transaction; the trail's sequence number is the evidence revision, so replaying the trail up
 * to a revision gives the evidence as it was then.
 */
final class EvidenceTables {
    /** One fact to merge: {@code content} null removes it. */
    record Incoming(String subject, String factId, FactValue content, String origin) {
    }

    private EvidenceTables() {
    }

    static ImportResult merge(Connection c, Assessment a, List<Incoming> incoming, String user, String reason,
            String source) throws SQLException {
        Map<FactRef, FactValue> current = current(c, a.id());
        Instant now = Instant.now();
        List<Incoming> touched = new ArrayList<>();
        List<FactValue> before = new ArrayList<>();
        int added = 0, changed = 0, unchanged = 0;
        for (Incoming in : incoming) {
            FactRef key = new FactRef(in.subject(), in.factId());
            FactValue old = current.get(key);
            if (in.content() == null ? old == null : in.content().equals(old)) {
                unchanged++;
                continue;
            }
            if (old == null) added++;
            else changed++;
            touched.add(in);
            before.add(old);
            current.put(key, in.content());
        }

        long importId;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_import "
                + "(assessment_id, imported_at, imported_by, reason, source, change_count) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, a.id());
            p.setString(2, Sql.time(now));
            p.setString(3, user);
            p.setString(4, reason);
            p.setString(5, source);
            p.setInt(6, touched.size());
            p.executeUpdate();
        }
        importId = lastId(c);

        if (!touched.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence_change (assessment_id, import_id, subject, "
                    + "fact_id, old_value, old_source, old_note, new_value, new_source, new_note, changed_at, changed_by, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < touched.size(); i++) {
                    Incoming in = touched.get(i);
                    FactValue old = before.get(i);
                    p.setLong(1, a.id());
                    p.setLong(2, importId);
                    p.setString(3, in.subject());
                    p.setString(4, in.factId());
                    p.setString(5, old == null ? null : old.value());
                    p.setString(6, old == null ? null : old.source());
                    p.setString(7, old == null ? null : old.note());
                    p.setString(8, in.content() == null ? null : in.content().value());
                    p.setString(9, in.content() == null ? null : in.content().source());
                    p.setString(10, in.content() == null ? null : in.content().note());
                    p.setString(11, Sql.time(now));
                    p.setString(12, user);
                    p.setString(13, reason);
                    p.addBatch();
                }
                p.executeBatch();
            }
            writeFacts(c, a.id(), touched, user, now);
        }

        List<FactChange> changes = new ArrayList<>(touched.size());
        try (PreparedStatement p = c.prepareStatement("SELECT seq FROM evidence_change WHERE import_id = ? ORDER BY seq")) {
            p.setLong(1, importId);
            try (ResultSet rs = p.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    Incoming in = touched.get(i);
                    changes.add(new FactChange(rs.getLong(1), importId, in.subject(), in.factId(), before.get(i),
                            in.content(), user, now, reason));
                    i++;
                }
            }
        }
        return new ImportResult(importId, revision(c, a.id()), added, changed, unchanged, changes);
    }

    private static void writeFacts(Connection c, long assessment, List<Incoming> touched, String user, Instant now)
            throws SQLException {
        long ord;
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(ord), -1) + 1 FROM fact WHERE assessment_id = ?")) {
            p.setLong(1, assessment);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                ord = rs.getLong(1);
            }
        }
        try (PreparedStatement up = c.prepareStatement("INSERT INTO fact (assessment_id, subject, fact_id, value, source, "
                + "note, origin, entered_by, entered_at, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (assessment_id, subject, fact_id) DO UPDATE SET value = excluded.value, "
                + "source = excluded.source, note = excluded.note, origin = excluded.origin, "
                + "entered_by = excluded.entered_by, entered_at = excluded.entered_at");
             PreparedStatement del = c.prepareStatement("DELETE FROM fact WHERE assessment_id = ? AND subject = ? AND fact_id = ?")) {
            boolean ups = false, dels = false;
            for (Incoming in : touched) {
                if (in.content() == null) {
                    del.setLong(1, assessment);
                    del.setString(2, in.subject());
                    del.setString(3, in.factId());
                    del.addBatch();
                    dels = true;
                } else {
                    up.setLong(1, assessment);
                    up.setString(2, in.subject());
                    up.setString(3, in.factId());
                    up.setString(4, in.content().value());
                    up.setString(5, in.content().source());
                    up.setString(6, in.content().note());
                    up.setString(7, in.origin() == null ? "" : in.origin());
                    up.setString(8, user);
                    up.setString(9, Sql.time(now));
                    up.setLong(10, ord++);
                    up.addBatch();
                    ups = true;
                }
            }
            if (ups) up.executeBatch();
            if (dels) del.executeBatch();
        }
    }

    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The assessment's evidence revision: the sequence number of its latest change, 0 before any. */
    static long revision(Connection c, long assessment) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM evidence_change WHERE assessment_id = ?")) {
            p.setLong(1, assessment);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<FactRef, FactValue> current(Connection c, long assessment) throws SQLException {
        Map<FactRef, FactValue> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT subject, fact_id, value, source, note FROM fact WHERE assessment_id = ?")) {
            p.setLong(1, assessment);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    out.put(new FactRef(rs.getString(1), rs.getString(2)), new FactValue(rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    static List<StoredFact> facts(Connection c, Assessment a) throws SQLException {
        List<StoredFact> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT f.subject, f.fact_id, f.value, f.source, f.note, f.entered_by, "
                + "f.entered_at FROM fact f JOIN assessment_subject s ON s.assessment_id = f.assessment_id AND s.name = f.subject "
                + "WHERE f.assessment_id = ? ORDER BY s.ord, f.ord")) {
            p.setLong(1, a.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    out.add(new StoredFact(rs.getString(1), rs.getString(2),
                            new FactValue(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6), Sql.time(rs.getString(7))));
            }
        }
        return out;
    }

    static EvidenceState current(Connection c, Assessment a) throws SQLException {
        List<RawFact> facts = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT f.subject, f.fact_id, f.value, f.source, f.note, f.origin "
                + "FROM fact f JOIN assessment_subject s ON s.assessment_id = f.assessment_id AND s.name = f.subject "
                + "WHERE f.assessment_id = ? ORDER BY s.ord, f.ord")) {
            p.setLong(1, a.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String origin = rs.getString(6);
                    Location loc = new Location(origin == null || origin.isEmpty() ? "assessment " + a.name() : origin, 0, null);
                    facts.add(new RawFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), loc));
                }
            }
        }
        return new EvidenceState(new Evidence(a.subjects(), facts), revision(c, a.id()));
    }

    /** Replays the trail up to {@code revision}. */
    static EvidenceState at(Connection c, Assessment a, long revision) throws SQLException {
        Map<FactRef, FactValue> state = stateAt(c, a.id(), revision);
        Map<String, List<RawFact>> bySubject = new LinkedHashMap<>();
        for (String s : a.subjects()) bySubject.put(s, new ArrayList<>());
        Location loc = new Location("assessment " + a.name() + " at evidence revision " + revision, 0, null);
        state.forEach((k, v) -> bySubject.computeIfAbsent(k.subject(), x -> new ArrayList<>())
                .add(new RawFact(k.subject(), k.factId(), v.value(), v.source(), v.note(), loc)));
        List<RawFact> facts = new ArrayList<>();
        bySubject.values().forEach(facts::addAll);
        return new EvidenceState(new Evidence(a.subjects(), facts), revision);
    }

    static Map<FactRef, FactValue> stateAt(Connection c, long assessment, long revision) throws SQLException {
        Map<FactRef, FactValue> state = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT subject, fact_id, new_value, new_source, new_note "
                + "FROM evidence_change WHERE assessment_id = ? AND seq <= ? ORDER BY seq")) {
            p.setLong(1, assessment);
            p.setLong(2, revision);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    FactRef key = new FactRef(rs.getString(1), rs.getString(2));
                    String value = rs.getString(3);
                    if (value == null) state.remove(key);
                    else state.put(key, new FactValue(value, rs.getString(4), rs.getString(5)));
                }
            }
        }
        return state;
    }

    /** The trail of an assessment for revisions in (after, upTo], oldest first. */
    static List<FactChange> trail(Connection c, long assessment, long after, long upTo) throws SQLException {
        List<FactChange> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT seq, import_id, subject, fact_id, old_value, old_source, old_note, "
                + "new_value, new_source, new_note, changed_by, changed_at, reason FROM evidence_change "
                + "WHERE assessment_id = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            p.setLong(1, assessment);
            p.setLong(2, after);
            p.setLong(3, upTo);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    FactValue old = rs.getString(5) == null ? null : new FactValue(rs.getString(5), rs.getString(6), rs.getString(7));
                    FactValue neu = rs.getString(8) == null ? null : new FactValue(rs.getString(8), rs.getString(9), rs.getString(10));
                    out.add(new FactChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), old, neu,
                            rs.getString(11), Sql.time(rs.getString(12)), rs.getString(13)));
                }
            }
        }
        return out;
    }
}
