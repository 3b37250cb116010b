package org.crediteval.packs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.PackDiagnostic.Severity;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.packs.verify.CaseResult;
import org.crediteval.packs.verify.CaseResult.Status;
import org.crediteval.packs.verify.GoldenCases;
import org.crediteval.packs.verify.JsonValues;
import org.crediteval.packs.verify.PackVerification;
import org.crediteval.packs.verify.PackVerifier;
import org.crediteval.packs.verify.SubsetMatch;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs a pack's golden cases exactly as the itest runner does: the case's evidence.csv through the csv importer,
 * the engine, the json exporter, and a subset match against expected.json (docs/conventions.md). The references
 * are dynamic so that replacing the engine does not restart the extender (and withdraw every pack).
 */
@Component
public class GoldenCaseVerifier implements PackVerifier {
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ScoringEngine engine;

    @Reference(target = "(" + EvidenceImporter.FORMAT + "=csv)", policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EvidenceImporter csv;

    @Reference(target = "(" + ResultExporter.FORMAT + "=json)", policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ResultExporter json;

    private UnaryOperator<String> properties = System::getProperty;

    @Activate
    void activate(BundleContext context) {
        properties = context::getProperty;
    }

    @Override
    public PackVerification verify(Path packJar) {
        List<CaseResult> cases = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<PackDiagnostic> diagnostics = new ArrayList<>(JarPackValidator.validate(packJar, properties, (pack, archive) -> {
            subjects.add(pack.id() + "@" + pack.version());
            cases.addAll(runGoldenCases(pack, zipCases(archive)));
        }));
        if (!subjects.isEmpty() && cases.isEmpty()) {
            diagnostics.add(new PackDiagnostic(Severity.WARNING, "golden", "the pack has no golden cases (golden/<NN-name>/evidence.csv + expected.json)"));
        }
        return new PackVerification(subjects.isEmpty() ? String.valueOf(packJar.getFileName()) : String.join(", ", subjects),
                diagnostics, cases);
    }

    @Override
    public List<CaseResult> runGoldenCases(RulePack pack, GoldenCases cases) {
        List<CaseResult> out = new ArrayList<>();
        List<String> names;
        try {
            names = cases.names();
        } catch (IOException e) {
            return List.of(new CaseResult("golden", Status.FAILED, List.of("cannot list the golden cases: " + e.getMessage())));
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("crediteval-golden-");
            for (String name : names) {
                out.add(runCase(pack, cases, name, temp));
            }
        } catch (IOException e) {
            out.add(new CaseResult("golden", Status.FAILED, List.of("cannot run the golden cases: " + e.getMessage())));
        } finally {
            delete(temp);
        }
        return out;
    }

    private CaseResult runCase(RulePack pack, GoldenCases cases, String name, Path temp) {
        try {
            if (cases.read(name, "surveys.csv") != null) {
                // no questionnaire reader in the API yet: such a case cannot be scored as its author meant
                return new CaseResult(name, Status.SKIPPED, List.of("has surveys.csv, which the verifier cannot score yet"));
            }
            byte[] evidenceCsv = cases.read(name, "evidence.csv");
            byte[] expectedJson = cases.read(name, "expected.json");
            if (evidenceCsv == null || expectedJson == null) {
                return new CaseResult(name, Status.FAILED, List.of("a case needs evidence.csv and expected.json"));
            }
            Object expected;
            try {
                expected = JsonValues.parse(expectedJson);
            } catch (IOException e) {
                return new CaseResult(name, Status.FAILED, List.of("expected.json is not valid JSON: " + e.getMessage()));
            }
            // the importer reads files
            Path dir = Files.createDirectories(temp.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_")));
            Path file = dir.resolve("evidence.csv");
            Files.write(file, evidenceCsv);
            ScoreResult result;
            try {
                Evidence evidence = csv.read(file);
                result = engine.score(pack, evidence);
            } catch (EvidenceException e) {
                List<String> problems = new ArrayList<>();
                problems.add("the evidence was refused:");
                e.problems().forEach(p -> problems.add("  " + p));
                return new CaseResult(name, Status.FAILED, problems);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            json.write(result, bytes);
            List<String> mismatches = SubsetMatch.match(expected, JsonValues.parse(bytes.toByteArray()));
            return new CaseResult(name, mismatches.isEmpty() ? Status.PASSED : Status.FAILED, mismatches);
        } catch (IOException | RuntimeException e) {
            return new CaseResult(name, Status.FAILED, List.of("the case could not be run: " + e));
        }
    }

    /** Golden cases of a jar on disk: {@code golden/<name>/evidence.csv}. */
    static GoldenCases zipCases(ZipPackArchive archive) {
        return new GoldenCases() {
            @Override
            public List<String> names() {
                TreeSet<String> names = new TreeSet<>();
                for (String entry : archive.names()) {
                    String[] parts = entry.split("/");
                    if (parts.length == 3 && parts[0].equals("golden") && parts[2].equals("evidence.csv")) names.add(parts[1]);
                }
                return List.copyOf(names);
            }

            @Override
            public byte[] read(String caseName, String file) throws IOException {
                var entry = archive.zip().getEntry("golden/" + caseName + "/" + file);
                return entry == null ? null : archive.read(entry, (int) ArchiveScan.MAX_ENTRY_BYTES);
            }
        };
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans them
        }
    }
}
