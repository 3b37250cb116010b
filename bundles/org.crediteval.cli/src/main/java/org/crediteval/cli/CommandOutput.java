package org.crediteval.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a command's result goes: the --out file (atomically) or stdout, never half of it. */
final class CommandOutput {
    private CommandOutput() {
    }

    /**
     * With {@code out}, writes the file through {@link AtomicOutput}; without, renders the whole result in memory
     * first, so that a body that fails leaves nothing on stdout.
     */
    static void write(RunContext context, Path out, AtomicOutput.Body body) throws IOException, BadInputException {
        if (out != null) {
            AtomicOutput.write(out, body);
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        body.writeTo(buffer);
        buffer.writeTo(context.stdout);
        context.stdout.flush();
    }

    /** UTF-8 text over a body's stream; flush it, never close it (the stream belongs to {@link #write}). */
    static PrintWriter text(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
