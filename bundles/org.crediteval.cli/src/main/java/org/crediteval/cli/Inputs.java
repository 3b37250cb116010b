package org.crediteval.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on input files, so that a missing or unreadable file is a clear bad-input message, not an exception. */
final class Inputs {
    private Inputs() {
    }

    static void checkReadableFile(Path file, String what) throws BadInputException {
        if (!Files.exists(file)) throw new BadInputException(what + " not found: " + file);
        if (Files.isDirectory(file)) throw new BadInputException(what + " is a folder, not a file: " + file);
        if (!Files.isReadable(file)) throw new BadInputException("cannot read " + what + " " + file + ": permission denied");
    }
}
