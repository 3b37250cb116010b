package org.crediteval.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built store bundle (target/*.jar) inside Felix and inside Equinox, each in its own JVM whose class path holds
 * only that framework and {@link FrameworkCheck}: resolution, DS, the SQL migrations read from the bundle, the
 * native SQLite library, an import and a run. Runs after packaging (Surefire's in-framework execution).
 */
class StoreInFrameworkIT {
    @TempDir
    Path dir;

    @Test
    void worksInFelix() throws Exception {
        check(jarOf("org.apache.felix.framework.FrameworkFactory"), "org.apache.felix.framework");
    }

    @Test
    void worksInEquinox() throws Exception {
        check(jarOf("org.eclipse.osgi.launch.EquinoxFactory"), "org.eclipse.osgi");
    }

    private void check(Path framework, String expectedName) throws Exception {
        Path storeJar = Path.of(System.getProperty("crediteval.store.jar", "target/org.crediteval.store-1.0.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(storeJar), "package the bundle first: " + storeJar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", jarOf(FrameworkCheck.class.getName()) + java.io.File.pathSeparator + framework,
                FrameworkCheck.class.getName(), dir.resolve("osgi-storage").toString(), dir.resolve("store.db").toString()));
        // what the store bundle needs at run time, found where the test class path has it
        for (String cls : List.of("org.apache.felix.scr.impl.Activator", "org.osgi.service.component.ComponentContext",
                "org.osgi.util.promise.Promise", "org.osgi.util.function.Function", "org.sqlite.SQLiteDataSource",
                "org.eclipse.emf.common.util.EList", "org.eclipse.emf.ecore.EObject", "org.eclipse.emf.ecore.xmi.XMIResource",
                "org.crediteval.model.scheme.Scheme", "org.crediteval.api.store.AssessmentStore"))
            cmd.add(jarOf(cls).toString());
        cmd.add(storeJar.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("OK " + expectedName), out);
        System.out.println(out.lines().filter(l -> l.startsWith("OK")).findFirst().orElse(""));
    }

    private static Path jarOf(String className) throws IOException {
        try {
            return Path.of(Class.forName(className, false, StoreInFrameworkIT.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | java.net.URISyntaxException e) {
            throw new IOException("not on the test class path: " + className, e);
        }
    }
}
