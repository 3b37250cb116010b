package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.itest.PackBundles.Pack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The errata pack gd-2017 1.1.0, built outside the reactor with the pack kit (rulepacks/examples/), installed beside
 * 1.0.0: both registered, both findable, and the same evidence scores differently only in 3.2 and the sums above it.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PackVersionsTest {
    static final String ERRATA_JAR = PackValidateTest.JAR_PROPERTY + "gd-2017-errata";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    RulePackRegistry registry;

    @InjectService(timeout = 10_000)
    ScoringEngine engine;

    @InjectService(filter = "(" + EvidenceImporter.FORMAT + "=csv)", timeout = 10_000)
    EvidenceImporter csv;

    @TempDir
    Path temp;

    private Bundle errata;

    @BeforeEach
    void installErrata() throws Exception {
        PackBundles.await("gd-2017@1.0.0", () -> registry.find("gd-2017@1.0.0").isPresent());
        Path jar = Path.of(context.getProperty(ERRATA_JAR));
        assertThat(jar).as("the errata pack built by the exec execution build-errata-pack").isRegularFile();
        try (InputStream in = Files.newInputStream(jar)) {
            errata = context.installBundle(PackBundles.TEST_LOCATION + "errata/" + jar.getFileName(), in);
        }
        errata.start(); // as a deployer would; a pack needs only RESOLVED
        PackBundles.await("gd-2017@1.1.0", () -> registry.find("gd-2017@1.1.0").isPresent());
    }

    @AfterEach
    void uninstallErrata() throws BundleException {
        if (errata.getState() != Bundle.UNINSTALLED) errata.uninstall();
    }

    @Test
    void bothVersionsAreRegisteredAndFound() {
        assertThat(registry.packs()).filteredOn(p -> p.id().equals("gd-2017")).extracting(RulePack::version)
                .containsExactly("1.0.0", "1.1.0");
        assertThat(registry.find("gd-2017")).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.1.0"));
        assertThat(registry.find("gd-2017@1.0.0")).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.0.0"));
        assertThat(registry.find("gd-2017@1.1.0")).hasValueSatisfying(p -> assertThat(p.origin()).contains("1.1.0"));
    }

    @Test
    void sameEvidenceDiffersOnlyIn32AndTheTotals() throws Exception {
        Pack shipped = PackBundles.installedPack(context, "gd-2017");
        // the realistic scorecard: 3.2 has one of its two facts
        Path evidence = Files.write(temp.resolve("evidence.csv"),
                PackBundles.entry(shipped.bundle(), "golden/17-realistic-scorecard/evidence.csv"));
        Evidence e = csv.read(evidence);
        ScoreResult v100 = engine.score(registry.find("gd-2017@1.0.0").orElseThrow(), e);
        ScoreResult v110 = engine.score(registry.find("gd-2017@1.1.0").orElseThrow(), e);
        assertThat(v100.pack().version()).isEqualTo("1.0.0");
        assertThat(v110.pack().version()).isEqualTo("1.1.0");

        Map<String, BigDecimal> a = scores(v100.subjects().get(0));
        Map<String, BigDecimal> b = scores(v110.subjects().get(0));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        Map<String, String> moved = new LinkedHashMap<>();
        a.forEach((k, x) -> {
            if (x.compareTo(b.get(k)) != 0) moved.put(k, x.toPlainString() + " → " + b.get(k).toPlainString());
        });
        assertThat(moved).as("what moved between 1.0.0 and 1.1.0").containsOnlyKeys(
                "item 3.2.info_rules", "indicator 3.2", "dimension 3", "base", "total");
        assertThat(a.get("indicator 3.2")).isEqualByComparingTo("2");
        assertThat(b.get("indicator 3.2")).isEqualByComparingTo("1");
        assertThat(a.get("total").subtract(b.get("total"))).isEqualByComparingTo("1");
    }

    @Test
    void aRunHoldingThePackKeepsItsVersionWhenThePackIsRemoved() throws Exception {
        RulePack held = registry.find("gd-2017@1.1.0").orElseThrow();
        String before = held.scheme().getVersion() + " " + held.scheme().getDimensions().size();
        errata.uninstall();
        PackBundles.await("gd-2017@1.1.0 withdrawn", () -> registry.find("gd-2017@1.1.0").isEmpty());
        assertThat(registry.find("gd-2017")).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo("1.0.0"));

        // the RulePack object holds its own Scheme: withdrawing the service does not touch it
        assertThat(held.scheme().getVersion() + " " + held.scheme().getDimensions().size()).isEqualTo(before);
        Pack shipped = PackBundles.installedPack(context, "gd-2017");
        Path evidence = Files.write(temp.resolve("evidence.csv"),
                PackBundles.entry(shipped.bundle(), "golden/13-indicator-cap-3.2/evidence.csv"));
        ScoreResult result = engine.score(held, csv.read(evidence));
        assertThat(result.pack().version()).isEqualTo("1.1.0");
        // 湛江市 has one 3.2 fact: 1 point under the errata
        assertThat(scores(result.subjects().get(1)).get("indicator 3.2")).isEqualByComparingTo("1");
    }

    /** Every score of a subject by a readable key: base, bonus, total, dimension N, indicator N.N, item ID. */
    private static Map<String, BigDecimal> scores(SubjectResult s) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("base", s.base());
        m.put("bonus", s.bonus());
        m.put("total", s.total());
        for (DimensionResult d : s.dimensions()) {
            m.put("dimension " + d.id(), d.score());
            for (IndicatorResult i : d.indicators()) {
                m.put("indicator " + i.id(), i.score());
                for (ItemResult item : i.items()) m.put("item " + item.id(), item.score());
            }
        }
        return m;
    }
}
