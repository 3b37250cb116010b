package org.crediteval.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the whole new one: a temp file in the same
 * folder (so the move stays on one file system), flushed to disk, then moved over the target. On any failure
 * the temp file is removed and the target is untouched.
 */
final class AtomicOutput {
    /** The body that fills the file; the stream is closed by {@link #write}. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Checks, before any work is done, that {@code target} can be written at all. */
    static void checkWritable(Path target) throws BadInputException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("cannot write " + target + ": it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new BadInputException("cannot write " + target + ": folder " + folder + " is not writable");
        }
    }

    static void write(Path target, Body body) throws IOException, BadInputException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = createTemp(absolute);
        // deleteOnExit covers a Ctrl-C between create and move; after the move it finds nothing to delete
        temp.toFile().deleteOnExit();
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /** A fresh hidden file beside the target; CREATE_NEW keeps the user's umask (createTempFile would force 0600). */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
            Path temp = target.resolveSibling(name);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 20) throw taken;
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            // same folder, so this only happens on exotic file systems; a plain replace is the best left
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
