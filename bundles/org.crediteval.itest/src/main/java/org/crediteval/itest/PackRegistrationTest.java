package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Comparator;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The two packs shipped with the platform are registered by the extender and found by the registry. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackRegistrationTest {
    @InjectBundleContext
    static BundleContext context;

    @InjectService(timeout = 10_000)
    static RulePackRegistry registry;

    @BeforeAll
    static void packsAreUp() throws InterruptedException {
        PackBundles.await("both packs in the registry",
                () -> registry.find("gd-2017@1.0.0").isPresent() && registry.find("js-2012@1.0.0").isPresent());
    }

    @ParameterizedTest(name = "{0}@{1}")
    @CsvSource(delimiter = '|', value = {
        "gd-2017 | 1.0.0 | 广东地市社会信用体系建设绩效评估（2017）",
        "js-2012 | 1.0.0 | 江苏省辖市社会信用体系建设工作考核（2012—2013）"
    })
    void packIsRegisteredWithItsServiceProperties(String id, String version, String name) throws InvalidSyntaxException {
        Collection<ServiceReference<RulePack>> refs = context.getServiceReferences(RulePack.class,
                "(&(" + RulePack.PACK_ID + "=" + id + ")(" + RulePack.PACK_VERSION + "=" + version + "))");
        assertThat(refs).as("RulePack services for %s@%s", id, version).hasSize(1);
        ServiceReference<RulePack> ref = refs.iterator().next();
        RulePack pack = context.getService(ref);
        try {
            assertThat(pack.id()).isEqualTo(id);
            assertThat(pack.version()).isEqualTo(version);
            assertThat(pack.name()).isEqualTo(name);
            assertThat(pack.scheme().getId()).isEqualTo(id);
            assertThat(pack.scheme().getVersion()).isEqualTo(version);
            assertThat(pack.origin()).contains("org.crediteval.rulepack." + id);
            // registered by the extender on the pack's behalf, not by the (class-less) pack bundle
            assertThat(ref.getBundle().getSymbolicName()).isEqualTo("org.crediteval.packs");
        } finally {
            context.ungetService(ref);
        }
    }

    @Test
    void validPackCarriesTheValidatorWarnings() {
        // warnings do not keep a pack out; they travel with it for tools to show
        assertThat(registry.find("gd-2017@1.0.0")).hasValueSatisfying(p -> assertThat(p.warnings())
                .allSatisfy(d -> assertThat(d.severity()).isNotEqualTo(PackDiagnostic.Severity.ERROR))
                .anySatisfy(d -> assertThat(d.element()).contains("3.2")));
    }

    @Test
    void packsAreListedByIdThenVersion() {
        assertThat(registry.packs())
                .isSortedAccordingTo(Comparator.comparing(RulePack::id).thenComparing(p -> Version.parseVersion(p.version())))
                .extracting(p -> p.id() + "@" + p.version())
                .containsSubsequence("gd-2017@1.0.0", "js-2012@1.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void findByIdGivesTheHighestVersion(String id) {
        assertThat(registry.find(id)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.version()).isEqualTo("1.0.0");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017@1.0.0", "js-2012@1.0.0", "gd-2017@1.0"})
    void findByIdAndVersionGivesThatVersion(String spec) {
        String id = spec.substring(0, spec.indexOf('@'));
        assertThat(registry.find(spec)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.version()).isEqualTo("1.0.0");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zj-2020", "gd-2017@9.9.9", "js-2012@2.0.0", "gd-2017@not-a-version", "", "@1.0.0", "gd"})
    void unknownPackIsEmpty(String spec) {
        assertThat(registry.find(spec)).isEmpty();
    }
}
