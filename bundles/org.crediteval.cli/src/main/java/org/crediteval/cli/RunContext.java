package org.crediteval.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every command of one run shares: the platform, the streams and the global flags. {@code stdout} is a byte
 * stream because results are written by exporters in their own encoding; {@code err} is UTF-8 text.
 */
final class RunContext {
    final Platform platform;
    final OutputStream stdout;
    final PrintWriter out;
    final PrintWriter err;
    private boolean debug;
    /** The global --db FILE; null means the store's per-user default. */
    private Path database;

    RunContext(Platform platform, OutputStream stdout, PrintWriter out, PrintWriter err) {
        this.platform = platform;
        this.stdout = stdout;
        this.out = out;
        this.err = err;
    }

    boolean debug() {
        return debug;
    }

    void debug(boolean on) {
        debug = on;
    }

    Path database() {
        return database;
    }

    void database(Path file) {
        database = file;
    }
}
