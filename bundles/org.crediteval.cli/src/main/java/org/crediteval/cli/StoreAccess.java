package org.crediteval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AssessmentStores;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.StoreException;
import picocli.CommandLine;

/**
 * What the store commands share: the database named by the global {@code --db} (else the per-user default), one
 * open store per command, the user recorded with every change, the pack an assessment is pinned to.
 * <p>
 * Failures: a {@link StoreException} reaches {@link ExitCodes#report} (exit 2 when {@code badInput()}, else 1)
 * with a message that names the database file.
 */
final class StoreAccess {
    /** A command's work on the open store. */
    @FunctionalInterface
    interface Work<T> {
        T on(AssessmentStore store) throws Exception;
    }

    private StoreAccess() {
    }

    /** A command with subcommands ({@code assessment}, {@code evidence}); each answers --version like the others. */
    static CommandLine group(RunContext context, Object parent, Object... subcommands) {
        CommandLine group = new CommandLine(parent);
        for (Object sub : subcommands) group.addSubcommand(sub);
        for (CommandLine sub : group.getSubcommands().values())
            sub.getCommandSpec().versionProvider(() -> new String[] {"credit-eval " + context.platform.version()});
        return group;
    }

    /** Opens the database (creating it on first use), runs {@code work} and closes it. */
    static <T> T with(RunContext context, Work<T> work) throws Exception {
        AssessmentStores stores = context.platform.service(AssessmentStores.class);
        Path database = context.database() != null ? context.database() : stores.defaultDatabase();
        try (AssessmentStore store = stores.open(database)) {
            return work.on(store);
        } catch (StoreException e) {
            throw naming(e, database);
        }
    }

    /** The store's message with the database file in it ("no run 7 in this database" does not say which). */
    static StoreException naming(StoreException e, Path database) {
        String message = e.getMessage() == null ? e.reason().toString() : e.getMessage();
        if (message.contains(database.toString())) return e;
        String named = message.contains("this database")
                ? message.replace("this database", "database " + database)
                : message + " (database " + database + ")";
        return new StoreException(e.reason(), named, e);
    }

    /** Who makes the change: the operating-system user running the command. */
    static String user() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** The installed pack the assessment is pinned to, with its model; exit 2 when that version is not installed. */
    static RulePack pinnedPack(Platform platform, Assessment a) throws BadInputException, PlatformException {
        try {
            return PackEvidence.pack(platform, a.packId() + "@" + a.packVersion());
        } catch (BadInputException e) {
            throw new BadInputException("assessment '" + a.name() + "' is pinned to pack " + a.packId() + "@"
                    + a.packVersion() + ", which is not installed: " + String.join("; ", e.lines()));
        }
    }

    /** An assessment's current evidence (with the revision it is at) scored with the pack it is pinned to. */
    record Scored(RulePack pack, EvidenceState evidence, ScoreResult result) {
    }

    /** One read of the facts and their revision, so that what is scored is exactly what a run would name. */
    static Scored scoreCurrent(Platform platform, AssessmentStore store, Assessment a) throws Exception {
        RulePack pack = pinnedPack(platform, a);
        EvidenceState evidence = store.currentEvidence(a.name());
        return new Scored(pack, evidence, platform.engine().score(pack, evidence.evidence()));
    }

    static String pack(Assessment a) {
        return a.packId() + "@" + a.packVersion();
    }

    /** To the second: enough to tell changes apart in a listing, short enough for a table. */
    static String time(Instant at) {
        return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
