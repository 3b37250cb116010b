package org.crediteval.itest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.itest.PackBundles.Pack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Every golden case of every pack bundle in the run, each its own test named {@code <pack>/<case>}:
 * {@code golden/<case>/evidence.csv} is read by the CSV importer, scored by the engine, written by the JSON
 * exporter, and the JSON must subset-match {@code golden/<case>/expected.json} (docs/conventions.md).
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class GoldenCasesTest {
    @InjectBundleContext
    static BundleContext context;

    @InjectService(timeout = 10_000)
    static RulePackRegistry registry;

    @InjectService(timeout = 10_000)
    static ScoringEngine engine;

    @InjectService(filter = "(" + EvidenceImporter.FORMAT + "=csv)", timeout = 10_000)
    static EvidenceImporter csv;

    @InjectService(filter = "(" + ResultExporter.FORMAT + "=json)", timeout = 10_000)
    static ResultExporter json;

    @TempDir
    static Path temp;

    @BeforeAll
    static void packsAreUp() throws InterruptedException {
        for (Pack p : PackBundles.installedPacks(context)) {
            PackBundles.await(p.spec() + " in the registry", () -> registry.find(p.spec()).isPresent());
        }
    }

    @TestFactory
    Stream<DynamicNode> goldenCases() {
        List<Pack> packs = PackBundles.installedPacks(context);
        if (packs.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("rule packs in the run", () -> fail("no rule pack bundle in the run")));
        }
        return packs.stream().map(pack -> {
            List<String> cases = caseFolders(pack);
            if (cases.isEmpty()) {
                return DynamicTest.dynamicTest(pack.id() + " has golden cases",
                        () -> fail(pack.bundle().getSymbolicName() + " has no golden/*/evidence.csv"));
            }
            return DynamicContainer.dynamicContainer(pack.id(), cases.stream().map(folder -> DynamicTest.dynamicTest(
                    pack.id() + "/" + folder.substring("golden/".length(), folder.length() - 1), () -> run(pack, folder))));
        });
    }

    /** {@code golden/<case>/} for each evidence.csv, in name order (the NN- prefix orders them). */
    private static List<String> caseFolders(Pack pack) {
        List<String> folders = new ArrayList<>();
        Enumeration<URL> found = pack.bundle().findEntries("golden", "evidence.csv", true);
        for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
            String path = url.getPath();
            int golden = path.indexOf("golden/");
            folders.add(path.substring(golden, path.length() - "evidence.csv".length()));
        }
        Collections.sort(folders);
        return folders;
    }

    private static void run(Pack pack, String folder) throws Exception {
        String name = pack.id() + "/" + folder.substring("golden/".length(), folder.length() - 1);
        RulePack rulePack = registry.find(pack.spec())
                .orElseThrow(() -> new AssertionError(name + ": pack " + pack.spec() + " is not registered"));
        if (pack.bundle().getEntry(folder + "surveys.csv") != null) {
            // the API has no questionnaire reader yet, so a case with responses cannot be scored as its author meant
            fail(name + ": has surveys.csv, which this runner cannot score (no survey service in the API)");
        }
        byte[] expectedBytes = PackBundles.entry(pack.bundle(), folder + "expected.json");

        // the importer reads files: the case's evidence goes to a temp file of the same name
        Path dir = Files.createDirectories(temp.resolve(pack.id()).resolve(folder));
        Path evidenceFile = dir.resolve("evidence.csv");
        Files.write(evidenceFile, PackBundles.entry(pack.bundle(), folder + "evidence.csv"));

        ScoreResult result;
        try {
            Evidence evidence = csv.read(evidenceFile);
            result = engine.score(rulePack, evidence);
        } catch (EvidenceException e) {
            StringBuilder b = new StringBuilder(name + ": the evidence was refused:");
            e.problems().forEach(p -> b.append("\n  ").append(p));
            throw new AssertionError(b.toString(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(result, out);

        Object expected;
        try {
            expected = Json.parse(expectedBytes);
        } catch (Exception e) {
            throw new AssertionError(name + ": " + folder + "expected.json is not valid JSON: " + e.getMessage(), e);
        }
        Object actual;
        try {
            actual = Json.parse(out.toByteArray());
        } catch (Exception e) {
            throw new AssertionError(name + ": the JSON exporter wrote invalid JSON: " + e.getMessage() + "\n"
                    + out.toString(StandardCharsets.UTF_8), e);
        }
        List<String> mismatches = SubsetMatch.match(expected, actual);
        if (!mismatches.isEmpty()) {
            fail("golden case " + name + ": " + mismatches.size() + " mismatch(es)\n  " + String.join("\n  ", mismatches));
        }
    }
}
