package org.crediteval.api.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The packs installed right now. */
@ProviderType
public interface RulePackRegistry {
    /** Every registered pack, ordered by id and then version. */
    List<RulePack> packs();

    /**
     * Finds a pack: {@code gd-2017} is the highest installed version, {@code gd-2017@1.0.0} exactly that one.
     */
    Optional<RulePack> find(String spec);

    /**
     * Loads and validates a pack jar without installing it.
     *
     * @return every diagnostic; the pack is valid when none is an error
     */
    List<PackDiagnostic> validate(Path packJar);
}
