package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.itest.PackBundles.Pack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@link RulePackRegistry#validate(Path)}: a pack jar checked without installing it. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackValidateTest {
    /** Set by the bndrun (shared.bnd) to the jar of each pack the run uses: {@code crediteval.itest.jar.<id>}. */
    static final String JAR_PROPERTY = "crediteval.itest.jar.";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    RulePackRegistry registry;

    @TempDir
    Path temp;

    private Pack gd;
    private byte[] gdModel;

    @BeforeEach
    void readShippedPack() throws Exception {
        gd = PackBundles.installedPack(context, "gd-2017");
        gdModel = PackBundles.entry(gd.bundle(), gd.model());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void shippedPackJarHasNoErrors(String id) {
        Path jar = shippedJar(id);
        assertThat(registry.validate(jar)).filteredOn(d -> d.severity() == Severity.ERROR).as("errors of %s", jar).isEmpty();
    }

    @Test
    void shippedGd2017JarWarnsAbout32() {
        // gd-2017 3.2: two items of 2 points under an indicator max of 2 — legal, the indicator caps it, but worth a look
        assertThat(registry.validate(shippedJar("gd-2017"))).filteredOn(d -> d.severity() == Severity.WARNING)
                .anySatisfy(d -> assertThat(d.element() + ": " + d.message()).contains("3.2").contains("max"));
    }

    private Path shippedJar(String id) {
        String property = context.getProperty(JAR_PROPERTY + id);
        assertThat(property).as("framework property %s%s (set in shared.bnd)", JAR_PROPERTY, id).isNotBlank();
        Path jar = Path.of(property);
        assertThat(jar).isRegularFile();
        return jar;
    }

    @Test
    void jarMadeFromTheInstalledPackValidatesLikeTheShippedOne() throws Exception {
        Path jar = write("copy.jar", PackBundles.jar(PackBundles.packHeaders(gd.bundle().getSymbolicName(),
                gd.version().toString(), gd.id(), gd.version().toString(), gd.model()), Map.of(gd.model(), gdModel)));
        assertThat(registry.validate(jar)).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    enum Broken {
        NOT_A_ZIP("not a jar"),
        NO_MANIFEST("MANIFEST"),
        NO_CAPABILITY("crediteval.rulepack"),
        MODEL_ENTRY_MISSING("model/gd-2017.xmi"),
        MODEL_PATH_LEAVES_JAR(".."),
        ENTRY_NAME_LEAVES_JAR(".."),
        NOT_XML("model"),
        SCHEME_VERSION_DIFFERS("1.0.1"),
        BUNDLE_VERSION_DIFFERS("2.0.0"),
        ID_DIFFERS("zz-0000"),
        MODEL_TOO_LARGE("bytes");

        /** a fragment some error must contain, so that the error says what is wrong */
        final String says;

        Broken(String says) {
            this.says = says;
        }
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void brokenJarHasErrors(Broken kind) throws Exception {
        String model = "model/gd-2017.xmi";
        Map<String, String> headers = PackBundles.packHeaders("org.crediteval.rulepack.gd-2017", "1.0.0", "gd-2017", "1.0.0", model);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] xmi = PackBundles.withRootAttribute(gdModel, "version", "1.0.0");
        entries.put(model, xmi);
        byte[] bytes = null;
        switch (kind) {
            case NOT_A_ZIP -> bytes = "PK? no".getBytes(StandardCharsets.UTF_8);
            case NO_MANIFEST -> bytes = zipWithoutManifest(model, xmi);
            case NO_CAPABILITY -> headers.remove("Provide-Capability");
            case MODEL_ENTRY_MISSING -> entries.clear();
            case MODEL_PATH_LEAVES_JAR -> headers.put("Provide-Capability",
                    "crediteval.rulepack;crediteval.rulepack=gd-2017;version:Version=\"1.0.0\";model=\"../" + model + "\"");
            case ENTRY_NAME_LEAVES_JAR -> entries.put("../../evil.txt", new byte[] {1});
            case NOT_XML -> entries.put(model, "<scheme:Scheme id=\"gd-2017\"".getBytes(StandardCharsets.UTF_8));
            case SCHEME_VERSION_DIFFERS -> entries.put(model, PackBundles.withRootAttribute(xmi, "version", "1.0.1"));
            case BUNDLE_VERSION_DIFFERS -> headers.put("Bundle-Version", "2.0.0");
            case ID_DIFFERS -> entries.put(model, PackBundles.withRootAttribute(xmi, "id", "zz-0000"));
            case MODEL_TOO_LARGE -> entries.put(model, largeXmi(xmi));
        }
        Path jar = write(kind + ".jar", bytes != null ? bytes : PackBundles.jar(headers, entries));

        List<PackDiagnostic> diagnostics = registry.validate(jar);

        assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.ERROR).as("errors for %s", kind)
                .isNotEmpty()
                .anySatisfy(d -> assertThat(d.element() + ": " + d.message()).contains(kind.says));
    }

    @Test
    void missingFileIsAnError() {
        assertThat(registry.validate(temp.resolve("nowhere.jar")))
                .anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    }

    /** A model padded past any sane size with an XML comment; the validator must stop reading, not load it. */
    private static byte[] largeXmi(byte[] xmi) {
        byte[] pad = new byte[20 << 20];
        java.util.Arrays.fill(pad, (byte) ' ');
        byte[] out = new byte[xmi.length + pad.length];
        System.arraycopy(xmi, 0, out, 0, xmi.length);
        System.arraycopy(pad, 0, out, xmi.length, pad.length);
        return out;
    }

    private static byte[] zipWithoutManifest(String name, byte[] content) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
