package org.crediteval.cli;

import java.util.Map;
import java.util.Set;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoringEngine;

/**
 * What the commands need from the running platform. In OSGi it is {@link CliMain}; tests pass a plain object, so
 * every command can be run outside a framework.
 */
interface Platform {
    /** The services a command can wait for before it runs. */
    enum Need { REGISTRY, PACKS, ENGINE, IMPORTERS, EXPORTERS }

    /**
     * Waits, bounded, until the needed services are there. {@link Need#PACKS} is a soft wait: the packs that are
     * installed when it runs out are the ones the command sees.
     *
     * @throws PlatformException when a needed service did not appear in time
     */
    void await(Set<Need> needs) throws PlatformException;

    /** Only valid after {@link #await} with {@link Need#REGISTRY}. */
    RulePackRegistry registry();

    /** Only valid after {@link #await} with {@link Need#ENGINE}. */
    ScoringEngine engine();

    /** Importers by file extension (lower case, no dot). */
    Map<String, EvidenceImporter> importers();

    /** Exporters by format name (lower case). */
    Map<String, ResultExporter> exporters();

    /**
     * The best ranked service of {@code type}, for services no {@link Need} names (the analysis, the template
     * writer); waits for it, bounded, as {@link #await} does.
     *
     * @throws PlatformException when none appeared in time or it failed to start
     */
    <T> T service(Class<T> type) throws PlatformException;

    /**
     * The services of {@code type} by the names in their property {@code nameProperty} (lower case; the best ranked
     * service wins a name), each fetched only when looked up. Waits, bounded, for at least one; empty when none came.
     */
    <T> Map<String, T> services(Class<T> type, String nameProperty) throws PlatformException;

    /** The version shown by {@code --version}. */
    String version();
}
