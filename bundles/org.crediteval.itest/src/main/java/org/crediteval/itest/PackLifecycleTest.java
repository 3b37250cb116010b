package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.itest.PackBundles.Pack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Packs installed, updated and uninstalled while the platform runs: the extender must follow, and an invalid pack
 * must never become a service. The pack jars are made by the test from the real gd-2017 model.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackLifecycleTest {
    private static final String GD = "gd-2017";
    private static final String GD_BSN = "org.crediteval.rulepack.gd-2017";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    RulePackRegistry registry;

    private final List<Bundle> installed = new ArrayList<>();
    private Pack gd;
    private byte[] gdModel;

    @BeforeEach
    void readShippedPack() throws Exception {
        PackBundles.await("gd-2017@1.0.0 in the registry", () -> registry.find("gd-2017@1.0.0").isPresent());
        gd = PackBundles.installedPack(context, GD);
        gdModel = PackBundles.entry(gd.bundle(), gd.model());
    }

    @AfterEach
    void uninstallWhatTheTestInstalled() throws BundleException {
        for (Bundle b : installed) {
            if (b.getState() != Bundle.UNINSTALLED) b.uninstall();
        }
    }

    enum Invalid {
        NOT_XML, NOT_A_SCHEME, SCHEME_VERSION_DIFFERS, BUNDLE_VERSION_DIFFERS, ID_DIFFERS, MODEL_ENTRY_MISSING, MODEL_PATH_LEAVES_JAR
    }

    @ParameterizedTest
    @EnumSource(Invalid.class)
    void invalidPackIsNotRegistered(Invalid kind) throws Exception {
        String id = "itest-invalid";
        String model = "model/" + id + ".xmi";
        byte[] xmi = PackBundles.withRootAttribute(PackBundles.withRootAttribute(gdModel, "id", id), "version", "1.0.0");
        String bundleVersion = "1.0.0";
        String capabilityVersion = "1.0.0";
        String capabilityModel = model;
        switch (kind) {
            case NOT_XML -> xmi = "this is <not xml".getBytes(StandardCharsets.UTF_8);
            case NOT_A_SCHEME -> xmi = "<?xml version=\"1.0\"?><foo/>".getBytes(StandardCharsets.UTF_8);
            case SCHEME_VERSION_DIFFERS -> xmi = PackBundles.withRootAttribute(xmi, "version", "1.0.1");
            case BUNDLE_VERSION_DIFFERS -> bundleVersion = "1.0.1";
            case ID_DIFFERS -> xmi = PackBundles.withRootAttribute(xmi, "id", "itest-other");
            case MODEL_ENTRY_MISSING -> capabilityModel = "model/elsewhere.xmi";
            case MODEL_PATH_LEAVES_JAR -> capabilityModel = "../" + model;
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(model, xmi);
        Bundle b = install("itest.invalid." + kind, bundleVersion, id, capabilityVersion, capabilityModel, entries);

        assertThat(resolve(b)).as("the pack bundle resolves (the extender is there)").isTrue();
        // the extender reacts to RESOLVED synchronously; a valid pack installed after this one shows that it has run
        assertThat(resolve(installValidCopy("1.1.0"))).isTrue();
        PackBundles.await("gd-2017@1.1.0", () -> registry.find("gd-2017@1.1.0").isPresent());

        assertThat(registry.packs()).extracting(RulePack::id).doesNotContain(id, "itest-other");
        assertThat(context.getServiceReferences(RulePack.class, "(" + RulePack.PACK_ID + "=itest-*)")).isEmpty();
    }

    @Test
    void secondVersionIsRegisteredBesideTheFirstAndWithdrawnOnUninstall() throws Exception {
        Bundle b = installValidCopy("1.1.0");
        assertThat(resolve(b)).isTrue();
        PackBundles.await("gd-2017@1.1.0", () -> registry.find("gd-2017@1.1.0").isPresent());

        assertThat(registry.packs()).filteredOn(p -> p.id().equals(GD)).extracting(RulePack::version)
                .containsExactly("1.0.0", "1.1.0");
        assertThat(registry.find(GD)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.1.0"));
        assertThat(registry.find("gd-2017@1.0.0")).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.0.0"));
        assertThat(context.getServiceReferences(RulePack.class, "(" + RulePack.PACK_ID + "=" + GD + ")")).hasSize(2);

        b.uninstall();
        PackBundles.await("gd-2017@1.1.0 withdrawn", () -> registry.find("gd-2017@1.1.0").isEmpty());
        assertThat(registry.find(GD)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.0.0"));
    }

    @Test
    void updatedPackIsReloaded() throws Exception {
        Bundle b = installValidCopy("1.1.0");
        assertThat(resolve(b)).isTrue();
        PackBundles.await("gd-2017@1.1.0", () -> registry.find("gd-2017@1.1.0").isPresent());

        // same bundle, new content: another name, then another version
        b.update(new ByteArrayInputStream(validCopy("1.1.0", "更新后的名称")));
        assertThat(resolve(b)).isTrue();
        PackBundles.await("the renamed gd-2017@1.1.0",
                () -> registry.find("gd-2017@1.1.0").map(p -> p.name().equals("更新后的名称")).orElse(false));

        b.update(new ByteArrayInputStream(validCopy("1.2.0", null)));
        assertThat(resolve(b)).isTrue();
        PackBundles.await("gd-2017@1.2.0", () -> registry.find("gd-2017@1.2.0").isPresent());
        assertThat(registry.find("gd-2017@1.1.0")).as("the old revision's pack").isEmpty();
        assertThat(registry.find(GD)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.2.0"));
    }

    @Test
    void packBundleThatIsStartedAndStoppedStaysRegistered() throws Exception {
        Bundle b = installValidCopy("1.1.0");
        b.start();
        PackBundles.await("gd-2017@1.1.0", () -> registry.find("gd-2017@1.1.0").isPresent());
        b.stop();
        // RESOLVED is enough for a pack: stopping a data bundle does not withdraw it
        assertThat(registry.find("gd-2017@1.1.0")).isPresent();
    }

    private Bundle installValidCopy(String version) throws Exception {
        Bundle b = context.installBundle(PackBundles.TEST_LOCATION + GD + "/" + version + "/" + installed.size(),
                new ByteArrayInputStream(validCopy(version, null)));
        installed.add(b);
        return b;
    }

    /** gd-2017 as another version: the same model, Scheme.version, capability and Bundle-Version all changed. */
    private byte[] validCopy(String version, String name) throws Exception {
        byte[] xmi = PackBundles.withRootAttribute(gdModel, "version", version);
        if (name != null) xmi = PackBundles.withRootAttribute(xmi, "nameZh", name);
        return PackBundles.jar(PackBundles.packHeaders(GD_BSN, version, GD, version, gd.model()), Map.of(gd.model(), xmi));
    }

    private Bundle install(String bsn, String bundleVersion, String id, String capabilityVersion, String model,
            Map<String, byte[]> entries) throws Exception {
        byte[] jar = PackBundles.jar(PackBundles.packHeaders(bsn, bundleVersion, id, capabilityVersion, model), entries);
        Bundle b = context.installBundle(PackBundles.TEST_LOCATION + bsn, new ByteArrayInputStream(jar));
        installed.add(b);
        return b;
    }

    private boolean resolve(Bundle b) {
        return context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b));
    }
}
