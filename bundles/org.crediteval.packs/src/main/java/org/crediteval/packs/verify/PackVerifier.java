package org.crediteval.packs.verify;

import java.nio.file.Path;
import java.util.List;
import org.crediteval.api.pack.RulePack;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The conformance kit: everything the extender checks before it registers a pack, available to tools.
 * Registered by {@code org.crediteval.packs} once a scoring engine, the {@code csv} evidence importer and the
 * {@code json} result exporter are there (the golden cases need all three).
 */
@ProviderType
public interface PackVerifier {
    /**
     * Checks a pack jar without installing it: archive limits and entry names, data only (or signed by a trusted
     * key), the model, and then every golden case of every pack capability in the jar.
     */
    PackVerification verify(Path packJar);

    /** Runs golden cases against a loaded pack; used by the extender at install and by {@link #verify(Path)}. */
    List<CaseResult> runGoldenCases(RulePack pack, GoldenCases cases);
}
