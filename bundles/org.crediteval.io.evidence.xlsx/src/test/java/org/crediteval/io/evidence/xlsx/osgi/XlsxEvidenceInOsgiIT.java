package org.crediteval.io.evidence.xlsx.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.crediteval.testing.OsgiFrameworks;

/**
 * The built bundle with the POI bundle in Felix or Equinox (the pom runs this class once for each): the template
 * service writes the gd-2017 template inside the framework, a cell is filled outside, and the xlsx importer reads
 * it back inside.
 */
class XlsxEvidenceInOsgiIT {
    @TempDir
    Path dir;

    @Test
    void templateAndImporterWorkInsideTheFramework() throws Exception {
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = OsgiFrameworks.start(factory, dir.resolve("storage"));
        try {
            BundleContext context = framework.getBundleContext();
            Bundle bundle = OsgiFrameworks.install(context, Path.of(System.getProperty("crediteval.bundle")));
            Object template = service(context, "org.crediteval.io.evidence.xlsx.api.EvidenceTemplate", "(crediteval.format=xlsx)");
            Object importer = service(context, "org.crediteval.api.evidence.EvidenceImporter", "(crediteval.extensions=xlsx)");

            Bundle model = java.util.Arrays.stream(context.getBundles())
                    .filter(b -> "org.crediteval.model".equals(b.getSymbolicName())).findFirst().orElseThrow();
            Class<?> resources = model.loadClass("org.crediteval.model.io.SchemeResources");
            Object scheme = resources.getMethod("load", Path.class)
                    .invoke(null, Path.of("../../rulepacks/gd-2017/model/gd-2017.xmi").toAbsolutePath().normalize());
            Class<?> schemeType = bundle.loadClass("org.crediteval.model.scheme.Scheme");
            Class<?> evidenceType = bundle.loadClass("org.crediteval.api.evidence.Evidence");
            Path file = dir.resolve("template.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                template.getClass().getMethod("write", schemeType, List.class, evidenceType, OutputStream.class)
                        .invoke(template, scheme, List.of("茂名市"), null, out);
            }
            // a person fills one cell (outside the framework, with the test's own POI)
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                Row row = sheet.getRow(4);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1.1.institution");
                row.getCell(7).setCellValue("是");
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            Object evidence = importer.getClass().getMethod("read", Path.class).invoke(importer, file);
            assertThat(evidence.getClass().getMethod("subjects").invoke(evidence)).isEqualTo(List.of("茂名市"));
            assertThat((List<?>) evidence.getClass().getMethod("facts").invoke(evidence)).hasSize(1);
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
