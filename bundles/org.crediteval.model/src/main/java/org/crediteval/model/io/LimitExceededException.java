package org.crediteval.model.io;

import java.io.IOException;

/** A safety limit (size, number of objects) stopped the parse; carries the line where it happened. */
final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;

    LimitExceededException(String message, int line) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
