package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.api.survey.CityScore;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Rejection;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyAnalyzer;
import org.crediteval.api.survey.SurveyFileSummary;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyImporter;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyReportExporter;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;
import org.crediteval.model.scheme.SurveyRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --surveys} and {@code survey} over a fake platform: the importer chosen by extension, one analysis over
 * every file, the outcomes handed to the engine, rejected rows as data (exit 0), unreadable files as bad input (exit 2,
 * nothing written).
 */
class SurveyCommandsTest {
    @TempDir
    Path dir;
    private final FakePlatform platform = new FakePlatform();
    /** The survey outcomes the engine was given, one map per scoring. */
    private final List<Map<String, SurveyOutcome>> given = new ArrayList<>();
    /** The files the survey importers read, in order. */
    private final List<String> read = new ArrayList<>();

    // ---- fakes

    /** A pack whose scheme scores a questionnaire with item 10.1.survey_score (max 10). */
    static RulePack surveyPack(String id, String version, boolean withQuestionnaire) {
        SchemeFactory f = SchemeFactory.eINSTANCE;
        Scheme scheme = f.createScheme();
        scheme.setId(id);
        Dimension d = f.createDimension();
        d.setId("10");
        Indicator i = f.createIndicator();
        i.setId("10.1");
        Item item = f.createItem();
        item.setId("10.1.survey_score");
        if (withQuestionnaire) {
            Questionnaire q = f.createQuestionnaire();
            scheme.setQuestionnaire(q);
            SurveyRule rule = f.createSurveyRule();
            rule.setMax(BigDecimal.TEN);
            rule.setQuestionnaire(q);
            item.setRule(rule);
        } else {
            item.setRule(f.createCheckRule());
        }
        i.getItems().add(item);
        d.getIndicators().add(i);
        scheme.getDimensions().add(d);
        return new RulePack() {
            @Override public String id() { return id; }
            @Override public String version() { return version; }
            @Override public String name() { return id; }
            @Override public Scheme scheme() { return scheme; }
            @Override public String origin() { return "test"; }
            @Override public List<PackDiagnostic> warnings() { return List.of(); }
        };
    }

    /**
     * Lines {@code respondent,city[,late|bad]}; a first line {@code broken} is a file that is not a survey. Responses
     * carry their problem in {@code problems}, which the fake analyzer turns into a rejection.
     */
    private SurveyImporter importer(String format) {
        return (file, questionnaire, sink) -> {
            read.add(format + ":" + file.getFileName());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals("broken")) {
                throw new SurveyFormatException(file.toString(), "missing columns: city, q7");
            }
            for (int n = 0; n < lines.size(); n++) {
                String[] c = lines.get(n).split(",");
                List<String> problems = c.length > 2 ? List.of(c[2]) : List.of();
                sink.accept(new SurveyResponse(c[0], c[1], "企业人员", "2017-08-01T10:00", List.of(),
                        Location.line(file.getFileName().toString(), n + 1), problems));
            }
            return new SurveyFileSummary(file.toString(), SurveyFileSummary.Layout.COLUMNS, lines.size(), List.of());
        };
    }

    /** Valid responses count 1 point each (capped at the max); "late" and "bad" rows are rejected; repeated ids too. */
    private static final SurveyAnalyzer ANALYZER = (questionnaire, max) -> new SurveyAccumulator() {
        final Map<String, long[]> cities = new LinkedHashMap<>(); // responses, valid, invalid, duplicate, late
        final List<String> ids = new ArrayList<>();
        final List<RejectedResponse> rejected = new ArrayList<>();

        @Override
        public void accept(SurveyResponse r) {
            long[] c = cities.computeIfAbsent(r.city(), k -> new long[5]);
            c[0]++;
            Rejection why = ids.contains(r.respondentId()) ? Rejection.DUPLICATE
                    : r.problems().contains("late") ? Rejection.LATE : r.problems().isEmpty() ? null : Rejection.INVALID;
            ids.add(r.respondentId());
            if (why == null) {
                c[1]++;
                return;
            }
            c[why == Rejection.DUPLICATE ? 3 : why == Rejection.LATE ? 4 : 2]++;
            rejected.add(new RejectedResponse(r.location(), r.respondentId(), r.city(), why, "第 1 题答案无效"));
        }

        @Override
        public SurveyReport finish() {
            List<CitySurvey> out = new ArrayList<>();
            cities.forEach((city, c) -> out.add(new CitySurvey(city, true, c[0], c[1], c[2], c[3], c[4], List.of(),
                    List.of(), c[1] == 0 ? null
                            : new CityScore(c[1], BigDecimal.ONE, max.min(BigDecimal.valueOf(c[1])), List.of()))));
            return new SurveyReport("q", "问卷", null, max, out, rejected);
        }
    };

    private static final SurveyReportExporter TABLE = (report, out) -> out.write(("table:" + report.cities().stream()
            .map(c -> c.city() + "=" + c.valid()).collect(Collectors.joining("|"))).getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void platform() {
        platform.packs.add(surveyPack("gd-2017", "1.0.0", true));
        platform.packs.add(surveyPack("js-2012", "1.0.0", false));
        platform.importers.put("csv", file -> {
            List<RawFact> facts = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] c = line.split(",");
                facts.add(new RawFact(c[0], c[1], c[2], "", "", Location.line(file.getFileName().toString(), 1)));
            }
            return new Evidence(facts.stream().map(RawFact::subject).distinct().toList(), facts);
        });
        platform.exporters.put("table", (result, out) -> out.write(("table:" + result.subjects().size())
                .getBytes(StandardCharsets.UTF_8)));
        platform.engine = (pack, evidence, surveys) -> {
            given.add(surveys);
            return new ScoreResult(new ScoreResult.PackRef(pack.id(), pack.version()),
                    evidence.subjects().stream().map(FakePlatform::subject).toList());
        };
        platform.named.put(SurveyImporter.class, Map.of("csv", importer("csv"), "xlsx", importer("xlsx")));
        platform.services.put(SurveyAnalyzer.class, ANALYZER);
        platform.named.put(SurveyReportExporter.class, Map.of("table", TABLE,
                "json", (SurveyReportExporter) (report, out) -> out.write("{}".getBytes(StandardCharsets.UTF_8)),
                "xlsx", (SurveyReportExporter) (report, out) -> out.write(new byte[] {'P', 'K', 3, 4})));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path evidence() throws IOException {
        return file("e.csv", "茂名市,1.1,是\n湛江市,1.1,否\n阳江市,1.1,是\n");
    }

    private Path surveys() throws IOException {
        return file("s.csv", "R1,茂名市\nR2,茂名市\nR3,湛江市,late\nR4,湛江市\nR1,湛江市\nR5,汕头市\nR6,茂名,bad\n");
    }

    private static String[] args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) out.add(p.toString());
        return out.toArray(String[]::new);
    }

    // ---- score --surveys

    @Test
    void scoreHandsTheSurveyOutcomesToTheEngineAndSummarisesOnStderr() throws IOException {
        Run run = Run.of(platform, args("score", "--pack", "gd-2017", "--evidence", evidence(), "--surveys", surveys()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("table:3");
        assertThat(given).hasSize(1);
        Map<String, SurveyOutcome> outcomes = given.get(0);
        assertThat(outcomes).containsOnlyKeys("茂名市", "湛江市", "汕头市");
        assertThat(outcomes.get("茂名市").score()).isEqualByComparingTo("2");
        assertThat(outcomes.get("茂名市").explanation()).contains("有效问卷 2 份");
        // one line: counts, the item, the subjects it was used for, the cities that are not subjects
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("4 valid, 3 rejected (1 invalid, 1 duplicate, 1 late) in 4 cities",
                "item 10.1.survey_score scored from the responses for 2 of 3 subjects", "not in the evidence, so not used: 汕头市");
        assertThat(read).containsExactly("csv:s.csv");
    }

    @Test
    void severalSurveyFilesAreOneAnalysisWithTheImporterOfEachExtension() throws IOException {
        Path second = file("more.XLSX", "R1,阳江市\nR9,阳江市\n");
        Run run = Run.of(platform, args("score", "--pack", "gd-2017@1.0.0", "--evidence", evidence(), "--surveys",
                surveys(), "--surveys", second));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(read).containsExactly("csv:s.csv", "xlsx:more.XLSX");
        // R1 was seen in the first file: a duplicate across files
        assertThat(given.get(0).get("阳江市").score()).isEqualByComparingTo("1");
        assertThat(run.err()).contains("for 3 of 3 subjects");
    }

    @Test
    void withoutSurveysTheEngineGetsNoOutcomes() throws IOException {
        Run run = Run.of(platform, args("score", "--pack", "gd-2017", "--evidence", evidence()));
        assertThat(run.exit()).isZero();
        assertThat(given).containsExactly(Map.of());
        assertThat(run.err()).doesNotContain("surveys");
        assertThat(platform.named.get(SurveyImporter.class)).isNotEmpty();
        assertThat(read).isEmpty();
    }

    @Test
    void aPackWithoutQuestionnaireRefusesSurveysAndWritesNothing() throws IOException {
        Path out = dir.resolve("r.txt");
        Run run = Run.of(platform, args("score", "--pack", "js-2012", "--evidence", evidence(), "--surveys", surveys(),
                "--out", out));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("js-2012@1.0.0 has no questionnaire", "--surveys");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(given).isEmpty();
        assertThat(read).isEmpty();
    }

    @Test
    void aFileThatIsNotASurveyExitsTwoNamingItAndLeavesOutAlone() throws IOException {
        Path out = file("r.txt", "old result");
        Path broken = file("broken.csv", "broken\n");
        Run run = Run.of(platform, args("score", "--pack", "gd-2017", "--evidence", evidence(), "--surveys", surveys(),
                "--surveys", broken, "--out", out));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read survey file " + broken + ": missing columns: city, q7",
                "nothing was written");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("old result");
        assertThat(given).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void unknownExtensionsAreNamedBeforeAnyFileIsRead() throws IOException {
        Path text = file("s.txt", "R1,茂名市\n");
        Path ods = file("s.ods", "R1,茂名市\n");
        Run run = Run.of(platform, args("score", "--pack", "gd-2017", "--evidence", evidence(), "--surveys", surveys(),
                "--surveys", text, "--surveys", ods));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read survey file " + text + ": no survey importer for its extension; "
                + "known extensions: .csv, .xlsx", "s.ods");
        assertThat(read).isEmpty();
    }

    @Test
    void aMissingSurveyFileIsBadInputBeforeThePlatformIsAsked() throws IOException {
        platform.missing = new PlatformException("must not be reached");
        Run run = Run.of(platform, args("score", "--pack", "gd-2017", "--evidence", evidence(), "--surveys",
                dir.resolve("nope.csv")));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("survey file not found: " + dir.resolve("nope.csv"));
    }

    @Test
    void surveysDoNotGoWithAnAssessment() {
        Run run = Run.of(platform, "score", "--assessment", "茂名-2017", "--surveys", "s.csv");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--surveys cannot be used with --assessment");
    }

    @Test
    void surveysWithoutEvidenceIsStillAUsageError() {
        Run run = Run.of(platform, "score", "--pack", "gd-2017", "--surveys", "s.csv");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--evidence");
    }

    // ---- survey

    @Test
    void surveyWritesTheReportToStdoutAndExitsZeroWithRejectedRows() throws IOException {
        Run run = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", surveys()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("table:茂名市=2|湛江市=1|汕头市=1|茂名=0");
        assertThat(run.err()).contains("surveys: 4 valid, 3 rejected (1 invalid, 1 duplicate, 1 late) in 4 cities");
        assertThat(given).isEmpty();
    }

    @Test
    void surveyFormatsAndOut() throws IOException {
        Path out = dir.resolve("report.json");
        Run json = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", surveys(), "--format", "JSON",
                "--out", out));
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("{}");
        assertThat(json.err()).contains("wrote the survey report of gd-2017@1.0.0 to " + out, "4 valid, 3 rejected");

        Path xlsx = dir.resolve("report.xlsx");
        Run workbook = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", surveys(), "--format", "xlsx",
                "--out", xlsx));
        assertThat(workbook.exit()).isZero();
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
    }

    @Test
    void xlsxNeedsOut() throws IOException {
        Run run = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", surveys(), "--format", "xlsx"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format xlsx needs --out");
        assertThat(run.out()).isEmpty();
        assertThat(read).isEmpty();
    }

    @Test
    void unknownReportFormatListsTheInstalledOnes() throws IOException {
        Run run = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", surveys(), "--format", "pdf"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown survey report format 'pdf'; installed formats: json, table, xlsx");
        assertThat(read).isEmpty();
    }

    @Test
    void surveyOfAFileThatIsNotASurveyWritesNothing() throws IOException {
        Path out = dir.resolve("report.json");
        Path broken = file("broken.csv", "broken\n");
        Run run = Run.of(platform, args("survey", "--pack", "gd-2017", "--surveys", broken, "--format", "json", "--out", out));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ": missing columns");
        assertThat(out).doesNotExist();
    }

    @Test
    void surveyNeedsAPackWithAQuestionnaireAndAKnownPack() throws IOException {
        Run noQuestionnaire = Run.of(platform, args("survey", "--pack", "js-2012", "--surveys", surveys()));
        assertThat(noQuestionnaire.exit()).isEqualTo(2);
        assertThat(noQuestionnaire.err()).contains("has no questionnaire");
        Run unknown = Run.of(platform, args("survey", "--pack", "zj-2025", "--surveys", surveys()));
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown pack 'zj-2025'", "gd-2017@1.0.0");
    }

    @Test
    void surveyOptionsAreRequired() {
        assertThat(Run.of(platform, "survey", "--surveys", "s.csv").err()).contains("--pack");
        assertThat(Run.of(platform, "survey", "--pack", "gd-2017").err()).contains("--surveys");
        assertThat(Run.of(platform, "survey", "--pack", "gd-2017").exit()).isEqualTo(2);
    }

    @Test
    void helpListsTheNewCommandsAndOptions() {
        Run root = Run.of(platform, "--help");
        assertThat(root.out()).contains("survey", "pack", "shell");
        Run survey = Run.of(platform, "survey", "--help");
        assertThat(survey.exit()).isZero();
        assertThat(survey.out()).contains("--pack", "--surveys", "--format", "--out", "xlsx");
        assertThat(Run.of(platform, "score", "--help").out()).contains("--surveys");
    }
}
