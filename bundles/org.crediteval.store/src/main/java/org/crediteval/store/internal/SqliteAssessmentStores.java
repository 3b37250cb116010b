package org.crediteval.store.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AssessmentStores;
import org.crediteval.api.store.StoreException;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link AssessmentStores} service. Holds nothing: each {@link #open} is an independent connection that the
 * caller closes. Public so that plain Java (tests, the benchmark) can create it without a framework.
 */
@Component(service = AssessmentStores.class)
public final class SqliteAssessmentStores implements AssessmentStores {
    @Override
    public Path defaultDatabase() {
        return defaultDatabase(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"));
    }

    /** The XDG base-directory rule: a relative {@code XDG_DATA_HOME} is invalid and ignored. */
    static Path defaultDatabase(String xdgDataHome, String userHome) {
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome)
                : Path.of(userHome, ".local", "share");
        return base.resolve("credit-eval").resolve("assessments.db");
    }

    @Override
    public AssessmentStore open(Path database, Duration lockTimeout) throws StoreException {
        return new SqliteAssessmentStore(Database.open(database, lockTimeout, Migrations.LATEST));
    }

    @Override
    public int schemaVersion() {
        return Migrations.LATEST;
    }

    /** Opens and migrates only up to {@code version}: for tests that need a file of an older schema. */
    static Database openAt(Path database, int version) throws StoreException {
        return Database.open(database, DEFAULT_LOCK_TIMEOUT, version);
    }
}
