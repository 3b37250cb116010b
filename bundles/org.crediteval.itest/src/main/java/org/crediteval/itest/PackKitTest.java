package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.packs.kit.PackScaffolder;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The authoring kit: a scaffolded project is a pack whose model validates and whose golden case passes. */
@ExtendWith(ServiceExtension.class)
class PackKitTest {
    @InjectService(timeout = 10_000)
    PackScaffolder scaffolder;

    @InjectService(timeout = 10_000)
    PackVerifier verifier;

    @TempDir
    Path temp;

    @Test
    void scaffoldedProjectHasTheKitLayout() throws Exception {
        Path dir = temp.resolve("zj-2030");
        List<Path> files = scaffolder.create("zj-2030", "1.2.0", "浙江示例", dir);
        assertThat(files).extracting(Path::toString).contains("pom.xml", "bnd.bnd", "README.md", "model/zj-2030.xmi",
                "golden/01-first-case/evidence.csv", "golden/01-first-case/expected.json");
        assertThat(Files.readString(dir.resolve("bnd.bnd"))).contains(
                "crediteval.rulepack;crediteval.rulepack=zj-2030;version:Version=\"1.2.0\";model=\"model/zj-2030.xmi\"");
        assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<artifactId>org.crediteval.rulepack.zj-2030</artifactId>",
                "<version>1.2.0</version>", "bnd-maven-plugin").doesNotContain("<parent>");
        assertThat(Files.readString(dir.resolve("model/zj-2030.xmi"))).contains("id=\"zj-2030\" version=\"1.2.0\" nameZh=\"浙江示例\"");
    }

    @Test
    void scaffoldedPackPassesVerification() throws Exception {
        Path dir = temp.resolve("zj-2031");
        scaffolder.create("zj-2031", dir);
        // the jar bnd would make: the capability of bnd.bnd, model/ and golden/
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String f : List.of("model/zj-2031.xmi", "golden/01-first-case/evidence.csv", "golden/01-first-case/expected.json")) {
            entries.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        Path jar = Files.write(temp.resolve("zj-2031.jar"), PackBundles.jar(
                PackBundles.packHeaders("org.crediteval.rulepack.zj-2031", "1.0.0", "zj-2031", "1.0.0", "model/zj-2031.xmi"), entries));
        PackVerification report = verifier.verify(jar);
        assertThat(report.passed()).as("%s %s", report.diagnostics(), report.cases()).isTrue();
        assertThat(report.cases()).extracting(CaseResult::status).containsExactly(CaseResult.Status.PASSED);
    }

    @Test
    void badIdOrUsedFolderIsRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> scaffolder.create("GD 2017", temp.resolve("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gd-2017");
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> scaffolder.create("ab-2020", used)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }
}
