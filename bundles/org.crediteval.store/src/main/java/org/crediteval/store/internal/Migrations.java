package org.crediteval.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;

/**
 * The schema migrations: versioned SQL scripts inside this bundle, listed here (no class-path scanning, which is
 * what breaks migration libraries inside OSGi), applied in order, each in its own transaction together with its
 * row in {@code schema_version}. Two processes opening an old file at once are safe: each migration re-reads the
 * version after taking the write lock.
 */
final class Migrations {
    record Migration(int version, String script, String description) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "V1__base.sql", "assessments, subjects, facts, score runs"),
            new Migration(2, "V2__audit_trail_and_documents.sql", "evidence imports and audit trail, documents, run evidence revision"));

    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                checksum    TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            )""";

    private Migrations() {
    }

    /**
     * Refuses a file this program must not touch: an SQLite database of some other program, or one whose schema is
     * newer than {@link #LATEST}. Reads only.
     */
    static void check(Connection c, Path file) throws SQLException, StoreException {
        int v = version(c);
        if (v < 0)
            throw new StoreException(Reason.NOT_A_STORE, file + " is an SQLite database of another program, not a credit-eval database");
        if (v > LATEST)
            throw new StoreException(Reason.SCHEMA_TOO_NEW, "database " + file + " has schema version " + v
                    + ", newer than this program knows (" + LATEST + "): use a newer credit-eval");
    }

    /** The schema version; 0 for an empty database, -1 for a database with tables but no {@code schema_version}. */
    static int version(Connection c) throws SQLException {
        boolean anyTable = false;
        boolean versionTable = false;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                anyTable = true;
                if (rs.getString(1).equals("schema_version")) versionTable = true;
            }
        }
        if (!versionTable) return anyTable ? -1 : 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the database to {@code target} (normally {@link #LATEST}; tests build older files with a lower one). */
    static void migrate(Database db, int target) throws StoreException {
        int current = db.read("reading the schema version", Migrations::version);
        if (current < 0)
            throw new StoreException(Reason.NOT_A_STORE, db.file() + " is an SQLite database of another program, not a credit-eval database");
        if (current > LATEST)
            throw new StoreException(Reason.SCHEMA_TOO_NEW, "database " + db.file() + " has schema version " + current
                    + ", newer than this program knows (" + LATEST + "): use a newer credit-eval");
        for (Migration m : ALL) {
            if (m.version() <= current || m.version() > target) continue;
            db.write("migrating to schema version " + m.version(), c -> {
                if (version(c) >= m.version()) return null; // another process got there first
                try (Statement s = c.createStatement()) {
                    s.execute(CREATE_VERSION_TABLE);
                    for (String sql : statements(script(m))) s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setString(3, checksum(m));
                    p.setString(4, Instant.now().toString());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    static String script(Migration m) {
        try (InputStream in = Migrations.class.getResourceAsStream("schema/" + m.script())) {
            if (in == null) throw new IllegalStateException("migration script missing from the bundle: schema/" + m.script());
            // line endings normalized so that a checkout with CRLF keeps the same checksum
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checksum(Migration m) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script(m).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a script into statements: each ends with ';' at the end of a line; '--' lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) continue;
            b.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(b.toString().strip());
                b.setLength(0);
            }
        }
        if (!b.toString().isBlank()) throw new IllegalStateException("statement without ';' at the end of the script");
        return out;
    }
}
