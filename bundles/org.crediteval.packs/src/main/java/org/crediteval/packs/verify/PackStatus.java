package org.crediteval.packs.verify;

import java.time.Duration;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the extender is doing: packs are checked off the framework's event thread (the golden cases take a moment),
 * so a tool that needs every pack (a batch command, a pack manager view) waits for {@link #awaitIdle(Duration)},
 * and shows {@link #refusals()} to say why a pack it expected is not there.
 */
@ProviderType
public interface PackStatus {
    /** True when no pack bundle is waiting to be checked. */
    boolean idle();

    /** Waits until {@link #idle()}; @return false when the time ran out first. */
    boolean awaitIdle(Duration timeout) throws InterruptedException;

    /** Pack bundles currently installed and refused, in bundle id order. */
    List<PackRefusal> refusals();
}
