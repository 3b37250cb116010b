package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Installs pack jars as bundles. A copy of each jar goes to {@code <user home>/.credit-eval/rulepacks}; the jars
 * there are installed again when the client starts (the product's own bundle list does not keep them).
 */
@Component(service = PackInstaller.class)
public class FrameworkPackInstaller implements PackInstaller {

    private static final String LOCATION_PREFIX = "crediteval-pack:";

    @Reference
    private RulePackRegistry registry;

    private BundleContext context;
    private Path store;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        String configured = context.getProperty("crediteval.rulepacks.dir");
        this.store = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".credit-eval", "rulepacks");
        try {
            reinstallStored();
        } catch (IOException | RuntimeException e) {
            System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, "stored rule packs not installed", e);
        }
    }

    @Override
    public synchronized List<PackDiagnostic> install(Path jar) throws IOException, BundleException {
        List<PackDiagnostic> diagnostics = registry.validate(jar);
        if (diagnostics.stream().anyMatch(d -> d.severity() == PackDiagnostic.Severity.ERROR)) {
            return diagnostics;
        }
        Files.createDirectories(store);
        Path stored = store.resolve(jar.getFileName().toString());
        if (!jar.toAbsolutePath().normalize().equals(stored.toAbsolutePath().normalize())) {
            Files.copy(jar, stored, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            installStored(stored);
        } catch (BundleException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
        return diagnostics;
    }

    @Override
    public synchronized void uninstall(RulePack pack) throws BundleException, IOException {
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getSymbolicName() + " " + bundle.getVersion()).equals(pack.origin())) {
                String location = bundle.getLocation();
                bundle.uninstall();
                context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
                if (location.startsWith(LOCATION_PREFIX)) {
                    Files.deleteIfExists(Path.of(location.substring(LOCATION_PREFIX.length())));
                }
                return;
            }
        }
        throw new BundleException("no installed bundle carries rule pack " + pack.id() + " (" + pack.origin() + ")");
    }

    private void reinstallStored() throws IOException {
        if (!Files.isDirectory(store)) return;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(store, "*.jar")) {
            for (Path jar : jars) {
                try {
                    installStored(jar);
                } catch (BundleException e) {
                    System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, "rule pack " + jar + " not installed", e);
                }
            }
        }
    }

    /** Installs (location names the stored file, so a second install is a no-op) and resolves. */
    private void installStored(Path jar) throws IOException, BundleException {
        try (var in = Files.newInputStream(jar)) {
            Bundle bundle = context.installBundle(LOCATION_PREFIX + jar.toAbsolutePath(), in);
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            if (bundle.getState() == Bundle.INSTALLED) {
                bundle.uninstall();
                throw new BundleException("rule pack " + jar.getFileName() + " does not resolve (is the pack extender installed?)");
            }
        }
    }
}
