package org.crediteval.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;

/** The assessment and assessment_subject tables. Every method runs inside a transaction of the caller. */
final class Assessments {
    private Assessments() {
    }

    static Assessment create(Connection c, String name, String packId, String packVersion, int year,
            List<String> subjects, String user) throws SQLException, StoreException {
        if (find(c, name).isPresent())
            throw new StoreException(Reason.DUPLICATE_ASSESSMENT, "an assessment named '" + name + "' exists already");
        Instant now = Instant.now();
        long id;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO assessment (name, pack_id, pack_version, year, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, name);
            p.setString(2, packId);
            p.setString(3, packVersion);
            p.setInt(4, year);
            p.setString(5, Sql.time(now));
            p.setString(6, user);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = p.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        insertSubjects(c, id, 0, List.copyOf(new LinkedHashSet<>(subjects)));
        return load(c, id).orElseThrow();
    }

    /** Appends the subjects not yet present; returns how many were added. */
    static int addSubjects(Connection c, Assessment a, List<String> subjects) throws SQLException {
        LinkedHashSet<String> fresh = new LinkedHashSet<>(subjects);
        fresh.removeAll(a.subjects());
        insertSubjects(c, a.id(), a.subjects().size(), List.copyOf(fresh));
        return fresh.size();
    }

    private static void insertSubjects(Connection c, long id, int firstOrd, List<String> subjects) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO assessment_subject (assessment_id, ord, name) VALUES (?, ?, ?)")) {
            int ord = firstOrd;
            for (String s : subjects) {
                p.setLong(1, id);
                p.setInt(2, ord++);
                p.setString(3, s);
                p.addBatch();
            }
            if (!subjects.isEmpty()) p.executeBatch();
        }
    }

    static void setPackVersion(Connection c, long id, String version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE assessment SET pack_version = ? WHERE id = ?")) {
            p.setString(1, version);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    static List<Assessment> all(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM assessment ORDER BY id"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        List<Assessment> out = new ArrayList<>();
        for (long id : ids) out.add(load(c, id).orElseThrow());
        return out;
    }

    /** By name first (a name may look like a number), then by id. */
    static Optional<Assessment> find(Connection c, String nameOrId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM assessment WHERE name = ?")) {
            p.setString(1, nameOrId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) return load(c, rs.getLong(1));
            }
        }
        if (nameOrId.matches("\\d{1,18}")) return load(c, Long.parseLong(nameOrId));
        return Optional.empty();
    }

    static Assessment require(Connection c, String nameOrId) throws SQLException, StoreException {
        Optional<Assessment> a = find(c, nameOrId);
        if (a.isEmpty())
            throw new StoreException(Reason.UNKNOWN_ASSESSMENT, "no assessment '" + nameOrId + "' in this database");
        return a.get();
    }

    static Optional<Assessment> load(Connection c, long id) throws SQLException {
        String name, packId, packVersion, createdAt, createdBy;
        int year;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name, pack_id, pack_version, year, created_at, created_by FROM assessment WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                name = rs.getString(1);
                packId = rs.getString(2);
                packVersion = rs.getString(3);
                year = rs.getInt(4);
                createdAt = rs.getString(5);
                createdBy = rs.getString(6);
            }
        }
        List<String> subjects = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM assessment_subject WHERE assessment_id = ? ORDER BY ord")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) subjects.add(rs.getString(1));
            }
        }
        return Optional.of(new Assessment(id, name, packId, packVersion, year, subjects, Sql.time(createdAt), createdBy));
    }
}
