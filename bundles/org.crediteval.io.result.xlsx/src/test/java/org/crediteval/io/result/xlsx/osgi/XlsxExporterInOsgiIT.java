package org.crediteval.io.result.xlsx.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.crediteval.testing.OsgiFrameworks;

/** The built bundle with the POI bundle in Felix or Equinox (the pom runs this class once for each). */
class XlsxExporterInOsgiIT {
    @TempDir
    Path storage;

    @Test
    void exporterWritesAWorkbookInsideTheFramework() throws Exception {
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = OsgiFrameworks.start(factory, storage);
        try {
            BundleContext context = framework.getBundleContext();
            Bundle bundle = OsgiFrameworks.install(context, Path.of(System.getProperty("crediteval.bundle")));
            Object exporter = service(context, "org.crediteval.api.score.ResultExporter", "(crediteval.format=xlsx)");
            Class<?> packRef = bundle.loadClass("org.crediteval.api.score.ScoreResult$PackRef");
            Class<?> scoreResult = bundle.loadClass("org.crediteval.api.score.ScoreResult");
            Object result = scoreResult.getConstructor(packRef, List.class)
                    .newInstance(packRef.getConstructor(String.class, String.class).newInstance("gd-2017", "1.0.0"), List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.getClass().getMethod("write", scoreResult, OutputStream.class).invoke(exporter, result, out);
            byte[] bytes = out.toByteArray();
            assertThat(bytes[0]).isEqualTo((byte) 'P');
            assertThat(bytes[1]).isEqualTo((byte) 'K');
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    static Object service(BundleContext context, String type, String filter) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(type, filter);
            if (refs != null && refs.length > 0) return context.getService(refs[0]);
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " " + filter + " service within 10 s; bundles:" + OsgiFrameworks.inactive(context));
    }
}
