package org.crediteval.io.result.pdf.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.crediteval.testing.OsgiFrameworks;

/**
 * The built bundle in Felix and in Equinox: it resolves against the PDFBox bundles from Maven Central, DS
 * registers the pdf exporter, and the exporter writes a PDF with the embedded CJK font inside the framework.
 * Everything is called through the framework's class loaders (reflection), never the test's.
 */
class PdfExporterInOsgiIT {
    @TempDir
    Path storage;

    /** Felix and Equinox cannot share one class path: the build runs this class once for each (see the pom). */
    @Test
    void exporterWritesAPdfInsideTheFramework() throws Exception {
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = OsgiFrameworks.start(factory, storage);
        try {
            BundleContext context = framework.getBundleContext();
            Bundle pdf = OsgiFrameworks.install(context, Path.of(System.getProperty("crediteval.bundle")));
            Object exporter = service(context, "org.crediteval.api.score.ResultExporter", "(crediteval.format=pdf)");

            Class<?> packRef = pdf.loadClass("org.crediteval.api.score.ScoreResult$PackRef");
            Class<?> scoreResult = pdf.loadClass("org.crediteval.api.score.ScoreResult");
            Object result = scoreResult.getConstructor(packRef, List.class)
                    .newInstance(packRef.getConstructor(String.class, String.class).newInstance("gd-2017", "1.0.0"), List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Method write = exporter.getClass().getMethod("write", scoreResult, OutputStream.class);
            write.invoke(exporter, result, out);
            assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(out.size()).isGreaterThan(5_000);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    static Object service(BundleContext context, String type, String filter) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            // all references: the test's own class loader sees none of these types
            ServiceReference<?>[] refs = context.getAllServiceReferences(type, filter);
            if (refs != null && refs.length > 0) return context.getService(refs[0]);
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " " + filter + " service within 10 s (a reference unsatisfied?);"
                + " bundles not active:" + OsgiFrameworks.inactive(context));
    }
}
