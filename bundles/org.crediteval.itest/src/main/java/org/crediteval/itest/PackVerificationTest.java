package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.itest.PackBundles.Pack;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.PackRefusal;
import org.crediteval.packs.verify.PackStatus;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The conformance kit: PackVerifier on jars, and the extender refusing a pack whose own golden cases fail. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackVerificationTest {
    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    RulePackRegistry registry;

    @InjectService(timeout = 10_000)
    PackVerifier verifier;

    @InjectService(timeout = 10_000)
    PackStatus status;

    @TempDir
    Path temp;

    private final List<Bundle> installed = new ArrayList<>();
    private Pack gd;

    @BeforeEach
    void shippedPack() throws Exception {
        PackBundles.await("gd-2017@1.0.0", () -> registry.find("gd-2017@1.0.0").isPresent());
        gd = PackBundles.installedPack(context, "gd-2017");
    }

    @AfterEach
    void uninstall() throws BundleException {
        for (Bundle b : installed) {
            if (b.getState() != Bundle.UNINSTALLED) b.uninstall();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012", "gd-2017-errata"})
    void shippedAndErrataJarsPassWithEveryGoldenCase(String which) {
        Path jar = Path.of(context.getProperty(PackValidateTest.JAR_PROPERTY + which));
        PackVerification report = verifier.verify(jar);
        assertThat(report.cases()).as("golden cases of %s", jar).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(CaseResult.Status.PASSED));
        assertThat(report.passed()).as("%s", report.diagnostics()).isTrue();
    }

    @Test
    void verifyReportsAFailingCaseByNameAndPath() throws Exception {
        PackVerification report = verifier.verify(write("wrong.jar", copyWithWrongCase("1.0.7")));
        assertThat(report.passed()).isFalse();
        assertThat(report.subject()).isEqualTo("gd-2017@1.0.7");
        assertThat(report.cases()).filteredOn(c -> c.status() == CaseResult.Status.FAILED).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("13-indicator-cap-3.2");
                    assertThat(String.join("\n", c.mismatches())).contains("茂名市").contains("base").contains("99");
                });
        assertThat(report.count(CaseResult.Status.PASSED)).isEqualTo(report.cases().size() - 1);
    }

    @Test
    void packWhoseGoldenCaseFailsIsRefusedAtInstall() throws Exception {
        Bundle b = install(copyWithWrongCase("1.0.8"));
        PackBundles.await("refusal of gd-2017@1.0.8", () -> refusal(b) != null);
        assertThat(refusal(b).reason()).contains("golden").contains("13-indicator-cap-3.2");
        assertThat(registry.find("gd-2017@1.0.8")).isEmpty();
        assertThat(registry.find("gd-2017")).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.0.0"));
    }

    @Test
    void packWithPassingGoldenCasesIsRegistered() throws Exception {
        Bundle b = install(copy("1.0.9", Map.of()));
        PackBundles.await("gd-2017@1.0.9", () -> registry.find("gd-2017@1.0.9").isPresent());
        assertThat(refusal(b)).isNull();
        assertThat(status.awaitIdle(java.time.Duration.ofSeconds(10))).isTrue();
    }

    /** gd-2017 with its model and golden cases under another version; the expected pack version follows. */
    private byte[] copy(String version, Map<String, byte[]> replace) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(gd.model(), PackBundles.withRootAttribute(PackBundles.entry(gd.bundle(), gd.model()), "version", version));
        Enumeration<URL> found = gd.bundle().findEntries("golden", "*", true);
        for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
            String path = url.getPath().replaceFirst("^/", "");
            if (path.endsWith("/")) continue;
            byte[] bytes = PackBundles.entry(gd.bundle(), path);
            if (path.endsWith("expected.json")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            entries.put(path, replace.getOrDefault(path, bytes));
        }
        return PackBundles.jar(PackBundles.packHeaders(gd.bundle().getSymbolicName(), version, "gd-2017", version, gd.model()), entries);
    }

    /** Case 13 expects 99 for 茂名市 where the scheme gives 100. */
    private byte[] copyWithWrongCase(String version) throws Exception {
        String path = "golden/13-indicator-cap-3.2/expected.json";
        String json = new String(PackBundles.entry(gd.bundle(), path), StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"")
                .replaceFirst("\"base\": 100, \"baseMax\": 100", "\"base\": 99, \"baseMax\": 100");
        return copy(version, Map.of(path, json.getBytes(StandardCharsets.UTF_8)));
    }

    private Bundle install(byte[] jar) throws Exception {
        Bundle b;
        try (InputStream in = new java.io.ByteArrayInputStream(jar)) {
            b = context.installBundle(PackBundles.TEST_LOCATION + "verify/" + installed.size() + "/" + System.nanoTime(), in);
        }
        installed.add(b);
        assertThat(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b))).isTrue();
        return b;
    }

    private PackRefusal refusal(Bundle b) {
        return status.refusals().stream().filter(r -> r.bundleId() == b.getBundleId()).findFirst().orElse(null);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }
}
