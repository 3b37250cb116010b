package org.crediteval.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;

/**
 * The content-addressed folder beside the database ({@code <db>.files/ab/cdef…}, named by SHA-256) and the
 * document and attachment tables. A file is written once (temp file, fsync, atomic rename), so two attachments of
 * the same bytes, from any process, share it.
 */
final class DocumentFiles {
    /** The content that was read: its hash and size, and whether this call created its file. */
    record Content(String sha256, long size, Path stored, boolean created) {
    }

    private final Path root;

    DocumentFiles(Path database) {
        this.root = database.resolveSibling(database.getFileName() + ".files");
    }

    Path root() {
        return root;
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    /** Copies the file into the folder unless its content is there already. */
    Content store(Path file) throws StoreException {
        if (!Files.isRegularFile(file))
            throw new StoreException(Reason.UNREADABLE_DOCUMENT, "cannot read document " + file
                    + (Files.isDirectory(file) ? ": it is a folder" : ": no such file"));
        Path tmpDir = root.resolve("tmp");
        Path tmp = null;
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try {
            // open the source before touching the folder: an unreadable file changes nothing
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                Files.createDirectories(tmpDir);
                tmp = Files.createTempFile(tmpDir, "doc", ".part");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                     OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                    size = in.transferTo(out);
                    out.flush();
                    ch.force(true);
                }
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StoreException(Reason.UNREADABLE_DOCUMENT, "cannot read document " + file + ": " + e, e);
        }
        String sha = HexFormat.of().formatHex(md.digest());
        Path target = pathOf(sha);
        try {
            if (Files.exists(target)) {
                Files.delete(tmp);
                return new Content(sha, size, target, false);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            syncFolder(target.getParent());
            return new Content(sha, size, target, true);
        } catch (FileAlreadyExistsException e) {
            // another process stored the same bytes a moment ago
            deleteQuietly(tmp);
            return new Content(sha, size, target, false);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StoreException(Reason.IO, "cannot store document " + file + " in " + root + ": " + e, e);
        }
    }

    /** Removes a file this call created when its database row could not be written (so a failure changes nothing). */
    void undo(Content content) {
        if (content.created()) deleteQuietly(content.stored());
    }

    /** Makes the new name durable before the database row that refers to it is committed (POSIX; skipped where folders cannot be opened). */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: an unreferenced content file is harmless
        }
    }

    AttachedDocument record(Connection c, long assessment, String subject, String factId, String originalName,
            Content content, String user) throws SQLException {
        Optional<AttachedDocument> existing = find(c, assessment, subject, factId, content.sha256());
        if (existing.isPresent()) return existing.get();
        Instant now = Instant.now();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO document (sha256, size, stored_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (sha256) DO NOTHING")) {
            p.setString(1, content.sha256());
            p.setLong(2, content.size());
            p.setString(3, Sql.time(now));
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO attachment (assessment_id, subject, fact_id, sha256, "
                + "original_name, size, attached_at, attached_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, assessment);
            p.setString(2, subject);
            p.setString(3, factId);
            p.setString(4, content.sha256());
            p.setString(5, originalName);
            p.setLong(6, content.size());
            p.setString(7, Sql.time(now));
            p.setString(8, user);
            p.executeUpdate();
        }
        return new AttachedDocument(EvidenceTables.lastId(c), assessment, subject, factId, originalName, content.size(),
                content.sha256(), pathOf(content.sha256()), user, now);
    }

    private Optional<AttachedDocument> find(Connection c, long assessment, String subject, String factId, String sha)
            throws SQLException {
        List<AttachedDocument> l = query(c, "assessment_id = ? AND subject = ? AND fact_id = ? AND sha256 = ?",
                assessment, subject, factId, sha);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    List<AttachedDocument> list(Connection c, long assessment) throws SQLException {
        return query(c, "assessment_id = ?", assessment);
    }

    private List<AttachedDocument> query(Connection c, String where, Object... args) throws SQLException {
        List<AttachedDocument> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, assessment_id, subject, fact_id, original_name, size, "
                + "sha256, attached_by, attached_at FROM attachment WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next())
                    out.add(new AttachedDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), pathOf(rs.getString(7)), rs.getString(8),
                            Sql.time(rs.getString(9))));
            }
        }
        return out;
    }

    /** Whether any row refers to the content (before undoing a file another process may have attached meanwhile). */
    static boolean referenced(Connection c, String sha) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM document WHERE sha256 = ?")) {
            p.setString(1, sha);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
