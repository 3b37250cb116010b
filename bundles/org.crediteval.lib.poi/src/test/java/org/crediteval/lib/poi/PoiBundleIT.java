package org.crediteval.lib.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.apache.felix.framework.FrameworkFactory;

/**
 * Starts Felix with the built bundle alone (plus the system bundle), so every import must resolve
 * against the JDK, then writes an XLSX with the usermodel and reads it back through WorkbookFactory (which finds
 * XSSF through the merged META-INF/services file) and through the streaming XSSFReader. POI is not on this test's
 * class path: every call goes through the bundle's class loader.
 */
class PoiBundleIT {

    @TempDir
    Path storage;

    @Test
    void resolvesAndWritesAndReadsXlsxInFelix() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Framework framework = new FrameworkFactory().newFramework(config());
        try {
            framework.start();
            BundleContext context = framework.getBundleContext();
            Bundle poi = context.installBundle(new File(System.getProperty("crediteval.poi.bundle")).toURI().toString());
            poi.start(); // throws when an import cannot be wired
            assertThat(poi.getState()).isEqualTo(Bundle.ACTIVE);

            byte[] xlsx = writeWorkbook(poi);
            assertThat(readFirstCell(poi, xlsx)).isEqualTo("社会获得感");
            assertThat(streamFirstSheet(poi, xlsx)).contains("社会获得感");
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            System.setErr(err);
        }
        // log4j-api must not complain about a missing provider on the CLI's stderr
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("StatusLogger").doesNotContain("log4j");
    }

    private Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("felix.log.level", "1");
        return config;
    }

    private static byte[] writeWorkbook(Bundle poi) throws Exception {
        Object workbook = poi.loadClass("org.apache.poi.xssf.usermodel.XSSFWorkbook").getConstructor().newInstance();
        Object sheet = call(workbook, "createSheet", "调查");
        Object row = call(sheet, "createRow", 0);
        call(call(row, "createCell", 0), "setCellValue", "社会获得感");
        call(call(row, "createCell", 1), "setCellValue", 7.8125);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.getClass().getMethod("write", OutputStream.class).invoke(workbook, out);
        call(workbook, "close");
        return out.toByteArray();
    }

    private static String readFirstCell(Bundle poi, byte[] xlsx) throws Exception {
        Class<?> factory = poi.loadClass("org.apache.poi.ss.usermodel.WorkbookFactory");
        Object workbook = factory.getMethod("create", InputStream.class).invoke(null, new ByteArrayInputStream(xlsx));
        assertThat(workbook.getClass().getName()).isEqualTo("org.apache.poi.xssf.usermodel.XSSFWorkbook");
        Object cell = call(call(call(workbook, "getSheetAt", 0), "getRow", 0), "getCell", 0);
        String value = (String) call(cell, "getStringCellValue");
        call(workbook, "close");
        return value;
    }

    /** The streaming reader the survey importer uses: OPCPackage + XSSFReader, the raw sheet XML. */
    private static String streamFirstSheet(Bundle poi, byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("poi-it", ".xlsx");
        try {
            Files.write(file, xlsx);
            Class<?> opc = poi.loadClass("org.apache.poi.openxml4j.opc.OPCPackage");
            Object pkg = opc.getMethod("open", String.class).invoke(null, file.toString());
            Object reader = poi.loadClass("org.apache.poi.xssf.eventusermodel.XSSFReader").getConstructor(opc)
                    .newInstance(pkg);
            Object strings = call(reader, "getSharedStringsTable");
            String first = (String) strings.getClass().getMethod("getItemAt", int.class).invoke(strings, 0).toString();
            call(pkg, "revert");
            return first;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
            Class<?>[] types = m.getParameterTypes();
            boolean fits = true;
            for (int i = 0; i < args.length; i++) {
                Class<?> t = types[i].isPrimitive() ? box(types[i]) : types[i];
                if (!t.isInstance(args[i])) fits = false;
            }
            if (fits) return m.invoke(target, args);
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == double.class ? Double.class
                : primitive == boolean.class ? Boolean.class : primitive == long.class ? Long.class : Object.class;
    }
}
