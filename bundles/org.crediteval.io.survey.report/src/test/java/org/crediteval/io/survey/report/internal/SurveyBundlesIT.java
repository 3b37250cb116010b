package org.crediteval.io.survey.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The survey bundles as the CLI will run them: Felix + SCR, the API, model, analyzer, importers, exporters, the POI
 * bundle, EMF, commons-csv and jackson, installed from their jars. Every bundle must resolve; the DS components
 * must register; the example survey goes through the importer and analyzer services, and the three exporters
 * write it. The test's class path copies are never used: every call goes through the bundles' classes.
 */
class SurveyBundlesIT {

    /** the jars on the test class path that the runtime needs, by their file-name start */
    private static final List<String> RUNTIME = List.of("org.crediteval.api-", "org.crediteval.model-",
            "org.crediteval.survey-", "org.crediteval.io.survey-", "org.crediteval.lib.poi-", "org.eclipse.emf.",
            "commons-csv-", "commons-io-", "commons-codec-", "jackson-core-", "org.apache.felix.scr-",
            "org.osgi.service.component-", "org.osgi.util.promise-", "org.osgi.util.function-");

    @TempDir
    Path storage;

    @Test
    void surveyServicesInFelix() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("felix.log.level", "1");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String name = new File(entry).getName();
                if (RUNTIME.stream().anyMatch(name::startsWith) && isBundle(entry)) {
                    bundles.add(context.installBundle(new File(entry).toURI().toString()));
                }
            }
            bundles.add(context.installBundle(new File(System.getProperty("crediteval.report.bundle")).toURI().toString()));
            for (Bundle b : bundles) {
                if (b.getHeaders().get("Fragment-Host") == null) b.start(); // throws when it cannot resolve
            }
            for (Bundle b : bundles) assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
            assertThat(bundles).extracting(Bundle::getSymbolicName).contains("org.crediteval.survey",
                    "org.crediteval.io.survey", "org.crediteval.io.survey.report", "org.crediteval.lib.poi");

            Bundle model = find(bundles, "org.crediteval.model");
            Object scheme = model.loadClass("org.crediteval.model.io.SchemeResources").getMethod("load", Path.class)
                    .invoke(null, Path.of(System.getProperty("crediteval.gd2017.xmi")));
            Object questionnaire = call(scheme, "getQuestionnaire");

            Object analyzer = service(context, "org.crediteval.api.survey.SurveyAnalyzer", null);
            Object accumulator = method(analyzer, "start", 1).invoke(analyzer, scheme);
            Object csv = service(context, "org.crediteval.api.survey.SurveyImporter", "(crediteval.format=csv)");
            assertThat(service(context, "org.crediteval.api.survey.SurveyImporter", "(crediteval.extensions=xlsx)")).isNotNull();
            Object summary = method(csv, "read", 3).invoke(csv, Path.of(System.getProperty("crediteval.gd2017.surveys")),
                    questionnaire, (Consumer<?>) accumulator);
            assertThat((long) call(summary, "responses")).isEqualTo(1800);
            Object report = call(accumulator, "finish");
            @SuppressWarnings("unchecked")
            Map<String, ?> outcomes = (Map<String, ?>) call(report, "outcomes");
            assertThat(outcomes).containsOnlyKeys("茂名市", "湛江市", "阳江市");
            assertThat(call(outcomes.get("茂名市"), "explanation").toString()).startsWith("有效问卷 ");

            for (String format : List.of("table", "json", "xlsx")) {
                Object exporter = service(context, "org.crediteval.api.survey.SurveyReportExporter",
                        "(crediteval.format=" + format + ")");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                method(exporter, "write", 2).invoke(exporter, report, (OutputStream) out);
                assertThat(out.size()).as(format).isGreaterThan(1000);
                if (format.equals("json")) assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"city\": \"茂名市\"");
                if (format.equals("xlsx")) assertThat(out.toByteArray()[0]).isEqualTo((byte) 'P');
            }
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static boolean isBundle(String jar) {
        if (!jar.endsWith(".jar")) return false;
        try (JarFile f = new JarFile(jar)) {
            return f.getManifest() != null && f.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Bundle find(List<Bundle> bundles, String bsn) {
        return bundles.stream().filter(b -> b.getSymbolicName().equals(bsn)).findFirst().orElseThrow();
    }

    private static Object service(BundleContext context, String type, String filter) throws Exception {
        ServiceReference<?>[] refs = null;
        for (int i = 0; i < 100 && refs == null; i++) { // SCR activates the components asynchronously
            refs = context.getAllServiceReferences(type, filter); // "All": the system bundle cannot see the API package
            if (refs == null) Thread.sleep(20);
        }
        assertThat(refs).as(type + " " + filter).isNotNull();
        return context.getService(refs[0]);
    }

    private static Method method(Object target, String name, int parameters) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                for (Method m : i.getMethods()) {
                    if (m.getName().equals(name) && m.getParameterCount() == parameters
                            && (parameters != 1 || !m.getParameterTypes()[0].getSimpleName().equals("Questionnaire"))) {
                        return m;
                    }
                }
            }
        }
        throw new AssertionError("no " + name + "/" + parameters + " on " + target.getClass());
    }

    private static Object call(Object target, String name) throws Exception {
        Method m = target.getClass().getMethod(name);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
