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

    /** The version shown by {@code --version}. */
    String version();
}
