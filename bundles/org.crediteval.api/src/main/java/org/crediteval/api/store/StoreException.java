package org.crediteval.api.store;

/**
 * A store operation that could not be done; the database and the document folder are unchanged. The message is
 * meant for the user as it is (it names the file, assessment, run, subject or fact concerned).
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why; {@link #badInput()} tells the CLI whether to exit 2 (bad input) or 1 (internal error). */
    public enum Reason {
        /** The file exists but is not SQLite, or is SQLite but not a credit-eval store. */
        NOT_A_STORE(true),
        /** The database was written by a newer program (its schema version is unknown here). */
        SCHEMA_TOO_NEW(true),
        UNKNOWN_ASSESSMENT(true),
        /** An assessment with that name exists already. */
        DUPLICATE_ASSESSMENT(true),
        UNKNOWN_RUN(true),
        /** Evidence or a document names a subject the assessment does not have. */
        UNKNOWN_SUBJECT(true),
        /** Evidence or a document belongs to another pack than the assessment's (unknown fact ids, other pack id). */
        WRONG_PACK(true),
        /** Evidence that cannot be stored as it is (the same subject and fact twice, a blank value). */
        BAD_EVIDENCE(true),
        /** A document that cannot be read (absent, a folder, no permission). */
        UNREADABLE_DOCUMENT(true),
        /** A blank name, a negative year and the like. */
        BAD_ARGUMENT(true),
        /** Another process held the database lock for longer than the lock timeout. */
        LOCKED(false),
        /** The database or the document folder failed underneath (disk full, I/O error, corruption). */
        IO(false);

        private final boolean badInput;

        Reason(boolean badInput) {
            this.badInput = badInput;
        }

        public boolean badInput() {
            return badInput;
        }
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when the user can fix it (CLI exit 2); false for internal and environment failures (exit 1). */
    public boolean badInput() {
        return reason.badInput();
    }
}
