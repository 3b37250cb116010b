package org.crediteval.cli;

/** A service the command needs is not running (exit 1): the installation is broken, not the input. */
final class PlatformException extends Exception {
    private static final long serialVersionUID = 1L;

    PlatformException(String message) {
        super(message);
    }
}
