package org.crediteval.api.store;

import java.nio.file.Path;
import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens assessment databases. One service; each {@link #open} gives an independent store on one file, which the
 * caller closes. Several processes (the desktop client and a headless run) may open the same file at once.
 */
@ProviderType
public interface AssessmentStores {
    /** How long a write waits for another process's lock before giving up, unless told otherwise. */
    Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The per-user database: {@code $XDG_DATA_HOME/credit-eval/assessments.db}, or
     * {@code ~/.local/share/credit-eval/assessments.db} when {@code XDG_DATA_HOME} is unset or not absolute.
     */
    Path defaultDatabase();

    /**
     * Opens (creating it and its folder when absent) and migrates a database to the current schema.
     *
     * @throws StoreException {@link StoreException.Reason#NOT_A_STORE} for a file that is not SQLite or not a
     *                        credit-eval store, {@link StoreException.Reason#SCHEMA_TOO_NEW} for a schema this
     *                        program does not know; the file is left untouched in both cases
     */
    default AssessmentStore open(Path database) throws StoreException {
        return open(database, DEFAULT_LOCK_TIMEOUT);
    }

    /** As {@link #open(Path)}, waiting at most {@code lockTimeout} for another writer's lock. */
    AssessmentStore open(Path database, Duration lockTimeout) throws StoreException;

    /** The newest schema version this program writes. */
    int schemaVersion();
}
