package org.crediteval.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One command line run through {@link Cli} with captured streams. */
record Run(int exit, String out, String err) {
    static Run of(Platform platform, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(platform, out, err).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
