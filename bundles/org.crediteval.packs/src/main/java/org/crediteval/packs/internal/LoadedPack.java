package org.crediteval.packs.internal;

import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.model.scheme.Scheme;

/** A pack that passed validation. Immutable apart from the shared scheme, which consumers must not change. */
record LoadedPack(String id, String version, String name, Scheme scheme, String origin,
        List<PackDiagnostic> warnings) implements RulePack {
    LoadedPack {
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return id + "@" + version + " (" + origin + ")";
    }
}
