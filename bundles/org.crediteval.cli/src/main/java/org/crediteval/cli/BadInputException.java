package org.crediteval.cli;

import java.util.List;

/**
 * The user gave something we cannot use (exit 2): a missing or unreadable file, an unknown pack, format or
 * extension. Each line is printed on its own to stderr.
 */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    BadInputException(String message) {
        this(List.of(message));
    }

    BadInputException(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
