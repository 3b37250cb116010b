package org.crediteval.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.survey.SurveyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores the subjects of the evidence files against a rule pack.",
                "The importer is chosen by each file's extension; the result goes to stdout or to --out.",
                "With --assessment A instead of --pack and --evidence: scores the evidence stored in the assessment "
                        + "with the pack version it is pinned to, stores the run and prints its id on stderr."})
final class ScoreCommand implements Callable<Integer> {
    private final RunContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "ID[@VERSION]",
            description = "The rule pack, e.g. gd-2017 (newest installed version) or gd-2017@1.0.0.")
    String pack;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "An evidence file; repeat for several. Subjects keep the order they first appear in.")
    List<Path> evidence;

    @Option(names = "--assessment", paramLabel = "A",
            description = "Score an assessment of the database (--db), by name or id, and store the run; "
                    + "replaces --pack and --evidence.")
    String assessment;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Result format: table, json, csv, or the reports html, pdf, xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE instead of stdout; FILE is replaced only when the whole run succeeds.")
    Path out;

    @Option(names = "--surveys", paramLabel = "FILE",
            description = {"Questionnaire responses (CSV or XLSX) for the pack's survey item (gd-2017: 10.1); repeat "
                    + "for several. Each city with valid responses gets the item from them; rows that break the "
                    + "questionnaire's rules are left out and counted on stderr ('survey' lists them)."})
    List<Path> surveys = new ArrayList<>();

    ScoreCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        StoredScoring.checkOptions(spec.commandLine(), pack, evidence, assessment);
        SurveyInput.checkOptions(spec.commandLine(), surveys, assessment);
        if (assessment != null) return StoredScoring.score(context, assessment, format, out);
        // cheap checks first, so that a typo fails before the platform is waited for
        for (Path file : evidence) Inputs.checkReadableFile(file, "evidence file");
        SurveyInput.checkFiles(surveys);
        if (out != null) AtomicOutput.checkWritable(out);

        Platform platform = context.platform;
        platform.await(EnumSet.allOf(Platform.Need.class));
        RulePack rulePack = findPack(platform.registry(), pack);
        ResultExporter exporter = exporter(platform.exporters(), format);
        List<EvidenceImporter> importers = importers(platform.importers(), evidence);

        Evidence merged = read(evidence, importers);
        // questionnaire responses: scored per city, they stand in for the pack's survey item
        SurveyReport surveyReport = surveys.isEmpty() ? null : SurveyInput.analyse(platform, rulePack, surveys);
        ScoreResult result = platform.engine().score(rulePack, merged,
                surveyReport == null ? Map.of() : surveyReport.outcomes());
        if (surveyReport != null) context.err.println(SurveyInput.scoreSummary(rulePack, surveyReport, result));

        if (out != null) {
            AtomicOutput.write(out, stream -> exporter.write(result, stream));
            context.err.println("wrote " + result.subjects().size() + " subject(s) scored against "
                    + rulePack.id() + "@" + rulePack.version() + " to " + out);
        } else {
            // rendered in memory first: a failing exporter must not leave half a result on stdout
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
            exporter.write(result, buffer);
            buffer.writeTo(context.stdout);
            context.stdout.flush();
        }
        return ExitCodes.OK;
    }

    static RulePack findPack(RulePackRegistry registry, String spec) throws BadInputException {
        Optional<RulePack> found;
        try {
            found = registry.find(spec.trim());
        } catch (IllegalArgumentException malformed) {
            throw new BadInputException("bad --pack '" + spec + "': " + malformed.getMessage()
                    + " (expected ID or ID@VERSION, e.g. gd-2017@1.0.0)");
        }
        if (found.isPresent()) return found.get();
        List<RulePack> installed = registry.packs();
        String known = installed.isEmpty() ? "no rule packs are installed"
                : "installed packs: " + installed.stream().map(p -> p.id() + "@" + p.version()).collect(Collectors.joining(", "));
        throw new BadInputException("unknown pack '" + spec + "'; " + known);
    }

    static ResultExporter exporter(Map<String, ResultExporter> exporters, String format) throws BadInputException {
        ResultExporter exporter = exporters.get(format.trim().toLowerCase(Locale.ROOT));
        if (exporter != null) return exporter;
        throw new BadInputException("unknown format '" + format + "'; installed formats: "
                + (exporters.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(exporters.keySet()))));
    }

    /** One importer per file, all chosen before any is read; every file without an importer is named. */
    static List<EvidenceImporter> importers(Map<String, EvidenceImporter> byExtension, List<Path> files)
            throws BadInputException {
        List<EvidenceImporter> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : files) {
            Optional<EvidenceImporter> importer = Extensions.match(file, byExtension);
            if (importer.isPresent()) chosen.add(importer.get());
            else unknown.add("cannot read evidence file " + file + ": no importer for its extension; known extensions: "
                    + Extensions.list(byExtension.keySet()));
        }
        if (!unknown.isEmpty()) throw new BadInputException(unknown);
        return chosen;
    }

    /** Reads every file with its importer (see {@link #importers}), so that the problems of all files are reported at once. */
    static Evidence read(List<Path> evidence, List<EvidenceImporter> importers) throws EvidenceException, BadInputException {
        List<Evidence> parts = new ArrayList<>();
        List<EvidenceProblem> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Path file = evidence.get(i);
            try {
                parts.add(importers.get(i).read(file));
            } catch (EvidenceException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                unreadable.add("cannot read evidence file " + file + ": " + ExitCodes.oneLine(e));
            }
        }
        if (!unreadable.isEmpty()) throw new BadInputException(unreadable);
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return merge(parts);
    }

    /** Subjects in order of first appearance over all files; repeated facts are left for the engine to refuse. */
    static Evidence merge(List<Evidence> parts) {
        if (parts.size() == 1) return parts.get(0);
        Set<String> subjects = new LinkedHashSet<>();
        List<RawFact> facts = new ArrayList<>();
        for (Evidence part : parts) {
            subjects.addAll(part.subjects());
            facts.addAll(part.facts());
        }
        return new Evidence(List.copyOf(subjects), facts);
    }
}
