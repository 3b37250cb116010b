package org.crediteval.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * One SQLite connection with the store's durability settings, and the transaction helpers every operation goes
 * through: a write is {@code BEGIN IMMEDIATE … COMMIT}, retried while another process holds the lock, up to the
 * lock timeout.
 */
final class Database implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** A unit of work inside one transaction; may run more than once (after a busy rollback), so no side effects outside the database. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    private final Path file;
    private final Duration lockTimeout;
    private final Connection connection;

    private Database(Path file, Duration lockTimeout, Connection connection) {
        this.file = file;
        this.lockTimeout = lockTimeout;
        this.connection = connection;
    }

    /**
     * Opens the file, refusing (and leaving untouched) anything that is not a store of a schema this program knows,
     * then migrates it to {@code targetVersion}.
     */
    static Database open(Path file, Duration lockTimeout, int targetVersion) throws StoreException {
        Path f = file.toAbsolutePath().normalize();
        boolean existing = probe(f);
        if (existing) {
            // a read-only look first, so that a foreign or newer file is refused without a single write to it
            try (Connection c = connect(f, lockTimeout, true)) {
                Migrations.check(c, f);
            } catch (SQLException e) {
                throw notAStore(f, e);
            }
        } else {
            try {
                Path parent = f.getParent();
                if (parent != null) Files.createDirectories(parent);
            } catch (IOException e) {
                throw new StoreException(Reason.IO, "cannot create the folder of database " + f + ": " + e, e);
            }
        }
        Connection c = null;
        try {
            c = connect(f, lockTimeout, false);
            try (Statement s = c.createStatement()) {
                // a new file only (fixed once the first table exists): 16 KiB pages store a large run ~15 % faster
                if (!existing) s.execute("PRAGMA page_size=16384");
                // persistent; a no-op when the file is already in WAL mode
                s.execute("PRAGMA journal_mode=WAL");
            }
            Database db = new Database(f, lockTimeout, c);
            Migrations.migrate(db, targetVersion);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw existing ? notAStore(f, e) : new StoreException(Reason.IO, "cannot open database " + f + ": " + e.getMessage(), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** @return whether the file holds data; refuses a folder or a file that does not start with SQLite's header */
    private static boolean probe(Path f) throws StoreException {
        if (Files.isDirectory(f)) throw new StoreException(Reason.NOT_A_STORE, f + " is a folder, not a database file");
        if (!Files.exists(f)) return false;
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(Reason.NOT_A_STORE, "cannot read database " + f + ": " + e, e);
        }
        if (n == 0) return false; // SQLite treats an empty file as an empty database
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER))
            throw new StoreException(Reason.NOT_A_STORE, f + " is not a credit-eval database (not an SQLite file)");
        return true;
    }

    private static Connection connect(Path f, Duration lockTimeout, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        // FULL: a commit of record survives power loss, not only a crash of the process
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, lockTimeout.toMillis()));
        // a run is ~1.4 million rows: a bigger page cache keeps the B-tree inner pages in memory
        config.setCacheSize(-65536);
        // the WAL grows by a whole run during its transaction; truncate it again after the checkpoint
        config.setJournalSizeLimit(64 << 20);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + f);
        return ds.getConnection();
    }

    private static StoreException notAStore(Path f, SQLException e) {
        if (e instanceof SQLiteException se) {
            switch (se.getResultCode()) {
                case SQLITE_NOTADB:
                    return new StoreException(Reason.NOT_A_STORE, f + " is not a credit-eval database (not an SQLite file)", e);
                case SQLITE_CORRUPT:
                    return new StoreException(Reason.IO, "database " + f + " is damaged: " + e.getMessage(), e);
                default:
                    if (isBusy(e))
                        return new StoreException(Reason.LOCKED, lockedMessage(f, Duration.ZERO, "opening it"), e);
            }
        }
        return new StoreException(Reason.IO, "cannot open database " + f + ": " + e.getMessage(), e);
    }

    Path file() {
        return file;
    }

    /** A connection setting as SQLite reports it (for tests). */
    String pragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** How deep in {@link #transaction} the (one) thread using this connection is; above 0 new work joins. */
    private int depth;

    /**
     * Runs {@code work} in one write transaction, waiting for other writers up to the lock timeout. Called inside
     * another transaction, the work joins it.
     */
    <T> T write(String what, Work<T> work) throws StoreException {
        return transaction("BEGIN IMMEDIATE", what, work);
    }

    /** Runs {@code work} in one read transaction (one consistent snapshot; never blocks writers in WAL mode). */
    <T> T read(String what, Work<T> work) throws StoreException {
        return transaction("BEGIN DEFERRED", what, work);
    }

    private <T> T transaction(String begin, String what, Work<T> work) throws StoreException {
        if (depth > 0) {
            // inside a transaction already (AssessmentStore.inOneTransaction): this work joins it, under a savepoint
            // so that a refused step leaves nothing of itself behind even when the caller goes on
            String savepoint = "step" + depth;
            try {
                exec("SAVEPOINT " + savepoint);
                depth++;
                try {
                    T result = work.run(connection);
                    exec("RELEASE " + savepoint);
                    return result;
                } catch (SQLException | StoreException | RuntimeException | Error e) {
                    exec("ROLLBACK TO " + savepoint);
                    exec("RELEASE " + savepoint);
                    throw e;
                } finally {
                    depth--;
                }
            } catch (SQLException e) {
                throw new StoreException(Reason.IO, what + " failed on database " + file + ": " + e.getMessage(), e);
            }
        }
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        while (true) {
            try {
                exec(begin);
                depth++;
                try {
                    T result = work.run(connection);
                    exec("COMMIT");
                    return result;
                } catch (SQLException | StoreException | RuntimeException | Error e) {
                    rollbackQuietly();
                    throw e;
                } finally {
                    depth--;
                }
            } catch (SQLException e) {
                if (!isBusy(e)) throw new StoreException(Reason.IO, what + " failed on database " + file + ": " + e.getMessage(), e);
                // SQLite's busy handler already waited; some busy cases (WAL recovery, snapshot) return at once
                if (System.nanoTime() >= deadline)
                    throw new StoreException(Reason.LOCKED, lockedMessage(file, lockTimeout, what), e);
                sleep(ThreadLocalRandom.current().nextInt(5, 50));
            }
        }
    }

    private static String lockedMessage(Path f, Duration timeout, String what) {
        return "database " + f + " is locked by another program (another credit-eval or the desktop client)"
                + (timeout.isZero() ? "" : " for longer than " + timeout.toMillis() / 1000.0 + " s")
                + "; " + what + " was not done, nothing changed. Try again when the other program has finished.";
    }

    static boolean isBusy(SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        int primary = code & 0xff;
        return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            exec("ROLLBACK");
        } catch (SQLException e) {
            // no transaction left to roll back (SQLite rolled it back itself)
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            // closing after a failure: the first error is the one to report
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
