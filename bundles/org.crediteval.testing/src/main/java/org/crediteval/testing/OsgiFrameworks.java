package org.crediteval.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Boots a framework with the bundle under test and every OSGi bundle on the test class path (its dependencies,
 * SCR, EMF), starts them all and reports every bundle that would not start, so that a missing import shows here
 * and not first in the product.
 */
public final class OsgiFrameworks {
    /** Test tooling that is on the class path but not part of any runtime. */
    private static final List<String> SKIP = List.of("org.apache.felix.framework", "org.eclipse.osgi", "junit-",
            "org.junit", "org.opentest4j", "org.apiguardian", "assertj", "net.bytebuddy", "surefire", "failsafe",
            "org.osgi.test", "org.osgi.annotation", "org.osgi.service.component.annotations", "osgi.annotation",
            "osgi.core", "org.osgi.core");

    private OsgiFrameworks() {
    }

    public static Framework start(FrameworkFactory factory, Path storage) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        config.put("ds.loglevel", "error");
        Framework framework = factory.newFramework(config);
        framework.start();
        return framework;
    }

    /** Installs and starts the bundles; returns the bundle under test. Fails listing every bundle that did not start. */
    public static Bundle install(BundleContext context, Path underTest) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        Bundle tested = context.installBundle(underTest.toUri().toString());
        installed.add(tested);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || skipped(entry) || !isBundle(entry)) continue;
            // the jar under test is on the class path too (from the reactor or the local repository)
            if (new File(entry).getCanonicalFile().equals(underTest.toFile().getCanonicalFile())) continue;
            installed.add(context.installBundle(new File(entry).toURI().toString()));
        }
        List<String> failures = new ArrayList<>();
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) continue;
            try {
                b.start();
            } catch (BundleException e) {
                failures.add(b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        if (tested.getState() != Bundle.ACTIVE || failures.stream().anyMatch(f -> f.startsWith("org.crediteval"))
                || failures.stream().anyMatch(f -> f.contains("pdfbox") || f.contains("fontbox") || f.contains("poi"))) {
            throw new AssertionError("bundles that did not start:\n" + String.join("\n", failures));
        }
        return tested;
    }

    /** Every bundle that is not active, for a failure message. */
    public static String inactive(BundleContext context) {
        StringBuilder b = new StringBuilder();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.append("\n  ").append(bundle.getSymbolicName()).append(" state ").append(bundle.getState());
            }
        }
        b.append(b.length() == 0 ? " (all bundles active)" : "").append("\n installed:");
        for (Bundle bundle : context.getBundles()) {
            b.append(' ').append(bundle.getSymbolicName()).append('[').append(bundle.getState()).append(']');
            var services = bundle.getRegisteredServices();
            if (services != null) for (var ref : services) b.append(" +").append(java.util.Arrays.toString((String[]) ref.getProperty("objectClass")));
        }
        try {
            var refs = context.getAllServiceReferences("org.osgi.service.component.runtime.ServiceComponentRuntime", null);
            if (refs != null) {
                Object scr = context.getService(refs[0]);
                for (Object dto : (java.util.Collection<?>) scr.getClass().getMethod("getComponentDescriptionDTOs",
                        Bundle[].class).invoke(scr, (Object) new Bundle[0])) {
                    for (Object config : (java.util.Collection<?>) scr.getClass().getMethod("getComponentConfigurationDTOs",
                            dto.getClass()).invoke(scr, dto)) {
                        Object state = config.getClass().getField("state").get(config);
                        Object unsatisfied = config.getClass().getField("unsatisfiedReferences").get(config);
                        Object failure = config.getClass().getField("failure").get(config);
                        b.append("\n component ").append(dto.getClass().getField("name").get(dto)).append(" state ")
                                .append(state).append(" unsatisfied ").append(java.util.Arrays.deepToString((Object[]) unsatisfied))
                                .append(" failure ").append(failure);
                    }
                }
            } else {
                b.append("\n no ServiceComponentRuntime");
            }
        } catch (Exception e) {
            b.append("\n (no SCR view: ").append(e).append(')');
        }
        return b.toString();
    }

    private static boolean skipped(String entry) {
        String name = new File(entry).getName();
        return SKIP.stream().anyMatch(name::startsWith);
    }

    private static boolean isBundle(String jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            Manifest m = file.getManifest();
            return m != null && m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        }
    }
}
