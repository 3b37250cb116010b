package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.osgi.framework.BundleException;

/**
 * The rule-pack manager's service: installs a pack jar into the running framework (the extender registers it
 * at once, no restart) and uninstalls packs. Installed jars are kept in the client's own folder and installed
 * again at the next start.
 */
public interface PackInstaller {

    /**
     * Validates {@code jar} with the pack registry and installs it when no diagnostic is an error.
     *
     * @return every diagnostic; when one is an error nothing was installed
     */
    List<PackDiagnostic> install(Path jar) throws IOException, BundleException;

    /** Uninstalls the bundle that carries {@code pack}. */
    void uninstall(RulePack pack) throws BundleException, IOException;
}
