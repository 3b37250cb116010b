package org.crediteval.packs.verify;

import java.time.Instant;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;

/**
 * A pack bundle the extender did not register.
 *
 * @param bundleId  the framework's bundle id
 * @param origin    bundle symbolic name and version
 * @param location  the bundle location (a file for packs dropped into a watched folder)
 * @param reason    one line naming why, e.g. {@code contains code (.class entries) and is not signed by a trusted key}
 * @param details   every finding behind the reason (diagnostics, failed golden cases)
 * @param when      when the decision was taken
 */
public record PackRefusal(long bundleId, String origin, String location, String reason, List<PackDiagnostic> details,
        Instant when) {
    public PackRefusal {
        details = List.copyOf(details);
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
