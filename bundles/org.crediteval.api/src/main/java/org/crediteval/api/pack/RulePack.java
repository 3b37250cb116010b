package org.crediteval.api.pack;

import org.crediteval.model.scheme.Scheme;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One validated rule pack (scheme + version). Registered as an OSGi service by the pack extender with the
 * properties {@link #PACK_ID} and {@link #PACK_VERSION}. The scheme model is shared: treat it as read-only.
 */
@ProviderType
public interface RulePack {
    /** Service property: the pack id, e.g. {@code gd-2017}. */
    String PACK_ID = "crediteval.pack.id";
    /** Service property: the pack version, an OSGi version string, e.g. {@code 1.0.0}. */
    String PACK_VERSION = "crediteval.pack.version";

    String id();

    /** The pack version as written in the model ({@code major.minor.micro}). */
    String version();

    /** The scheme's Chinese name. */
    String name();

    Scheme scheme();

    /** Where the pack came from: bundle symbolic name and version, or a file. */
    String origin();

    /** Warnings the validator reported for this pack (errors keep a pack from being registered). */
    java.util.List<PackDiagnostic> warnings();
}
