package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.Rank;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.TaskListExporter;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.io.evidence.xlsx.api.EvidenceTemplate;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template, tasks and gaps over a fake platform: what they write where, exit codes, the all-or-nothing --out. */
class ReportCommandsTest {
    /** The facts of the fake pack, by unit: two units share indicator 1.1, the second also owns 3.1. */
    private static final List<String> FACTS = List.of("1.1.institution", "1.1.duties", "3.1.new_entities");

    @TempDir
    Path dir;
    private final FakePlatform platform = new FakePlatform();
    private final List<Evidence> scored = new ArrayList<>();
    private final List<String> templateCalls = new ArrayList<>();

    /** "subject,fact,value" lines; a value "bad" is a problem at that line. */
    private static Evidence read(Path file) throws IOException, EvidenceException {
        List<String> lines = Files.readAllLines(file);
        List<RawFact> facts = new ArrayList<>();
        List<EvidenceProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            Location at = Location.line(file.getFileName().toString(), i + 1);
            if (c[2].equals("bad")) problems.add(new EvidenceProblem(at, c[0], c[1], c[2], "not a boolean"));
            facts.add(new RawFact(c[0], c[1], c[2], "", "", at));
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        return new Evidence(facts.stream().map(RawFact::subject).distinct().toList(), facts);
    }

    @BeforeEach
    void platform() {
        platform.packs.add(pack("gd-2017", "1.0.0"));
        platform.importers.put("csv", ReportCommandsTest::read);
        // the engine's part here: every fact of the pack that a subject lacks is listed as missing
        platform.engine = (pack, evidence, surveys) -> {
            scored.add(evidence);
            List<SubjectResult> subjects = new ArrayList<>();
            for (String subject : evidence.subjects()) {
                List<String> given = evidence.facts().stream().filter(f -> f.subject().equals(subject)).map(RawFact::factId).toList();
                List<String> missing = FACTS.stream().filter(f -> !given.contains(f)).toList();
                subjects.add(new SubjectResult(subject, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ONE, List.of(), missing, List.of()));
            }
            return new ScoreResult(new ScoreResult.PackRef(pack.id(), pack.version()), subjects);
        };
        platform.services.put(Analysis.class, new FakeAnalysis());
        platform.services.put(EvidenceTemplate.class, (EvidenceTemplate) (scheme, subjects, prefill, out) -> {
            String call = scheme.getId() + ":" + subjects + ":" + (prefill == null ? "blank" : prefill.subjects() + "/" + prefill.facts().size());
            templateCalls.add(call);
            out.write(("xlsx:" + call).getBytes(StandardCharsets.UTF_8));
        });
        Map<String, Object> taskExporters = new LinkedHashMap<>();
        taskExporters.put("html", (TaskListExporter) (tasks, out) -> out.write(("html:" + tasks.units().stream()
                .map(UnitTasks::unit).toList() + ":" + tasks.subjects()).getBytes(StandardCharsets.UTF_8)));
        taskExporters.put("xlsx", (TaskListExporter) (tasks, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        platform.named.put(TaskListExporter.class, taskExporters);
    }

    private static RulePack pack(String id, String version) {
        Scheme scheme = SchemeFactory.eINSTANCE.createScheme();
        scheme.setId(id);
        scheme.setVersion(version);
        return new RulePack() {
            public String id() { return id; }
            public String version() { return version; }
            public String name() { return "广东测试"; }
            public Scheme scheme() { return scheme; }
            public String origin() { return "test"; }
            public List<PackDiagnostic> warnings() { return List.of(); }
        };
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path evidence() throws IOException {
        return file("e.csv", "茂名市,1.1.institution,是\n茂名市,1.1.duties,是\n茂名市,3.1.new_entities,是\n"
                + "湛江市,1.1.institution,否\n湛江市,3.1.new_entities,是\n");
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Run run(String... args) {
        return Run.of(platform, args);
    }

    // ---- template

    @Test
    void templateWritesTheWorkbookAndNothingToStdout() throws IOException {
        Path out = dir.resolve("t.xlsx");
        Run run = run("template", "--pack", "gd-2017", "--subjects", "茂名市, 湛江市", "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(out).hasContent("xlsx:gd-2017:[茂名市, 湛江市]:blank");
        assertThat(run.err()).contains("wrote the evidence template of gd-2017@1.0.0 for 2 subject(s)", out.toString());
        assertThat(scored).isEmpty();
    }

    @Test
    void templatePrefillIsReadAndCheckedFirst() throws IOException {
        Path out = dir.resolve("filled.XLSX");
        Run run = run("template", "--pack", "gd-2017", "--subjects", "广州市", "--evidence", evidence().toString(),
                "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(out).hasContent("xlsx:gd-2017:[广州市]:[茂名市, 湛江市]/5");
        assertThat(scored).hasSize(1);
        assertThat(run.err()).contains("for 3 subject(s), filled in with 5 value(s)");
    }

    @Test
    void templateWithBadEvidenceWritesNothing() throws IOException {
        Path bad = file("bad.csv", "茂名市,1.1.institution,bad\n");
        Path out = dir.resolve("t.xlsx");
        Run run = run("template", "--pack", "gd-2017", "--evidence", bad.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: bad.csv:1: subject '茂名市', fact '1.1.institution', value 'bad'");
        assertThat(out).doesNotExist();
        assertThat(templateCalls).isEmpty();
    }

    @Test
    void templateRefusesAnOutThatIsNotXlsxAndBadSubjects() {
        Run csv = run("template", "--pack", "gd-2017", "--out", dir.resolve("t.csv").toString());
        assertThat(csv.exit()).isEqualTo(2);
        assertThat(csv.err()).contains("must end in .xlsx");
        Run twice = run("template", "--pack", "gd-2017", "--subjects", "茂名市，茂名市", "--out", dir.resolve("t.xlsx").toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("'茂名市' is given twice");
        Run empty = run("template", "--pack", "gd-2017", "--subjects", "茂名市,,湛江市", "--out", dir.resolve("t.xlsx").toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("empty subject name");
        Run pack = run("template", "--pack", "zj-2020", "--out", dir.resolve("t.xlsx").toString());
        assertThat(pack.exit()).isEqualTo(2);
        assertThat(pack.err()).contains("unknown pack 'zj-2020'", "gd-2017@1.0.0");
        assertThat(templateCalls).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void templateWriterRefusingAFactIsBadInputAndLeavesNoFile() throws IOException {
        platform.services.put(EvidenceTemplate.class, (EvidenceTemplate) (scheme, subjects, prefill, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalArgumentException("fact 9.9 is not defined by gd-2017");
        });
        Path e = evidence();
        Run run = run("template", "--pack", "gd-2017", "--evidence", e.toString(), "--out", dir.resolve("t.xlsx").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot fill in the template: fact 9.9 is not defined by gd-2017");
        assertThat(filesInDir()).containsExactly("e.csv");
    }

    @Test
    void aMissingTemplateServiceIsInternal() {
        platform.services.remove(EvidenceTemplate.class);
        Run run = run("template", "--pack", "gd-2017", "--out", dir.resolve("t.xlsx").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("internal error", EvidenceTemplate.class.getName());
        assertThat(dir).isEmptyDirectory();
    }

    // ---- tasks

    @Test
    void tasksTableWithoutEvidence() {
        Run run = run("tasks", "--pack", "gd-2017");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).first().isEqualTo("市发展改革委: 2 facts");
        assertThat(lines.get(1)).startsWith("INDICATOR").contains("FACT", "NAME", "VALUES", "POINTS").doesNotContain("MISSING");
        assertThat(lines.get(2)).startsWith("1.1 工作保障条件").contains("1.1.institution", "机构到位", "是 / 否", "0.5");
        // the indicator is named once; the columns line up by display width (Chinese counts two)
        assertThat(lines.get(3)).startsWith(" ").contains("1.1.duties");
        assertThat(column(lines.get(2), "1.1.institution")).isEqualTo(column(lines.get(3), "1.1.duties"))
                .isEqualTo(column(lines.get(1), "FACT"));
        assertThat(column(lines.get(2), "机构到位")).isEqualTo(column(lines.get(3), "职责到位"));
        assertThat(lines).contains("", "市编办: 3 facts");
    }

    /** The display column where {@code text} starts in {@code line}. */
    private static int column(String line, String text) {
        return TextTable.width(line.substring(0, line.indexOf(text)));
    }

    @Test
    void tasksWithEvidenceNameTheSubjectsStillMissingEachFact() throws IOException {
        Run run = run("tasks", "--pack", "gd-2017", "--evidence", evidence().toString());
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).first().isEqualTo("市发展改革委: 2 facts, 1 missing (fact × subject)");
        assertThat(lines.get(1)).endsWith("MISSING FOR");
        assertThat(lines.stream().filter(l -> l.contains("1.1.duties")).toList()).allMatch(l -> l.endsWith("湛江市"));
        assertThat(lines.stream().filter(l -> l.contains("1.1.institution")).toList()).allMatch(l -> l.endsWith("-"));
        assertThat(lines).contains("市编办: 3 facts, 1 missing (fact × subject)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void tasksMissingOnlyDropsWhatIsComplete() throws IOException {
        Run run = run("tasks", "--pack", "gd-2017", "--evidence", evidence().toString(), "--missing-only");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1.1.duties").doesNotContain("1.1.institution", "3.1.new_entities");
        assertThat(run.out().lines()).contains("市发展改革委: 1 fact, 1 missing (fact × subject)");
        Run none = run("tasks", "--pack", "gd-2017", "--missing-only");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--missing-only needs --evidence");
    }

    @Test
    void tasksNothingMissing() throws IOException {
        Path full = file("full.csv", "茂名市,1.1.institution,是\n茂名市,1.1.duties,是\n茂名市,3.1.new_entities,是\n");
        Run run = run("tasks", "--pack", "gd-2017", "--evidence", full.toString(), "--missing-only");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("nothing is missing\n");
    }

    @Test
    void tasksThroughAnExporterToAFile() throws IOException {
        Path out = dir.resolve("tasks.html");
        Run run = run("tasks", "--pack", "gd-2017", "--evidence", evidence().toString(), "--format", "HTML", "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(out).hasContent("html:[市发展改革委, 市编办]:[茂名市, 湛江市]");
        assertThat(run.err()).contains("wrote the task list of gd-2017@1.0.0: 2 unit(s)", "2 missing", out.toString());
        Run stdout = run("tasks", "--pack", "gd-2017", "--format", "html");
        assertThat(stdout.out()).isEqualTo("html:[市发展改革委, 市编办]:[]");
    }

    @Test
    void tasksUnknownFormatListsTheInstalledOnes() {
        Run run = run("tasks", "--pack", "gd-2017", "--format", "pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'pdf'; installed formats: html, table, xlsx");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFailingTaskExporterIsInternalAndLeavesNothing() throws IOException {
        Path out = dir.resolve("tasks.xlsx");
        Run toFile = run("tasks", "--pack", "gd-2017", "--format", "xlsx", "--out", out.toString());
        assertThat(toFile.exit()).isEqualTo(1);
        assertThat(toFile.err()).contains("internal error: IOException: disk full");
        assertThat(dir).isEmptyDirectory();
        Run toStdout = run("tasks", "--pack", "gd-2017", "--format", "xlsx");
        assertThat(toStdout.exit()).isEqualTo(1);
        assertThat(toStdout.out()).isEmpty();
    }

    @Test
    void tasksWithBadEvidenceIsBadInput() throws IOException {
        Path bad = file("bad.csv", "茂名市,1.1.institution,bad\n");
        Path out = dir.resolve("tasks.html");
        Run run = run("tasks", "--pack", "gd-2017", "--evidence", bad.toString(), "--format", "html", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("1 problem in the evidence");
        assertThat(out).doesNotExist();
    }

    // ---- gaps

    @Test
    void gapsTableRanksItemsAndNamesWhatToChange() throws IOException {
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", evidence().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("茂名市: total 1 of 10, 3.5 obtainable");
        assertThat(lines.get(1)).startsWith("#").contains("ITEM", "NAME", "SCORE", "MAX", "OBTAINABLE", "TO CHANGE", "UNITS");
        assertThat(lines.get(2)).startsWith("1").contains("2.1.plan", "0", "2", "改为“是”（2 分）", "市发展改革委、各区、县级市");
        assertThat(lines.get(3)).startsWith("2").contains("1.1.duties", "补充提供（受指标 1.1 满分 1 分限制）");
        assertThat(lines.get(4)).startsWith("3").contains("3.2.ratio", "完成数：完成数达到“计划数”；计划数：核实计划数");
        assertThat(lines).contains("", "湛江市: total 1 of 10, 3.5 obtainable");
    }

    @Test
    void gapsLimitAndSubject() throws IOException {
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", evidence().toString(), "--subject", "湛江市", "--limit", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(3).first().isEqualTo("湛江市: total 1 of 10, 3.5 obtainable (first 1 of 3 items)");
        assertThat(run.out()).contains("2.1.plan").doesNotContain("1.1.duties", "茂名市");
    }

    @Test
    void gapsUnknownSubjectListsTheSubjects() throws IOException {
        Path out = dir.resolve("g.json");
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", evidence().toString(), "--subject", "北京市", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no subject '北京市' in the evidence; its subjects: 茂名市、湛江市");
        assertThat(out).doesNotExist();
    }

    @Test
    void gapsBadLimitAndFormatFailBeforeAnyWork() throws IOException {
        Path e = evidence();
        Run limit = run("gaps", "--pack", "gd-2017", "--evidence", e.toString(), "--limit", "0");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.err()).contains("bad --limit 0");
        Run format = run("gaps", "--pack", "gd-2017", "--evidence", e.toString(), "--format", "csv");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'csv'", "table, json");
        assertThat(scored).isEmpty();
    }

    @Test
    void gapsJsonIsValidWithExactNumbers() throws IOException {
        Path out = dir.resolve("g.json");
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", evidence().toString(), "--format", "json",
                "--limit", "2", "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        String json = Files.readString(out);
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // reading to the end proves it well-formed
            }
        }
        assertThat(json).startsWith("{\n  \"pack\": {\n    \"id\": \"gd-2017\",").endsWith("}\n")
                .contains("\"subject\": \"茂名市\"", "\"totalMax\": 10,", "\"obtainable\": 3.5,", "\"items\": 3,",
                        "\"rank\": 2,", "\"id\": \"1.1.duties\"", "\"missing\": true", "\"action\": \"补充提供\"",
                        "\"limit\": \"指标 1.1 满分 1 分\"", "\"units\": [")
                .doesNotContain("3.2.ratio", "1.00");
        assertThat(run.err()).contains("wrote the points at stake of 2 subject(s)");
    }

    @Test
    void gapsWithBadEvidenceWritesNothing() throws IOException {
        Path bad = file("bad.csv", "茂名市,1.1.institution,bad\n");
        Path out = dir.resolve("g.txt");
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", bad.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void anAnalysisThatIsNotRunningIsInternal() throws IOException {
        platform.services.remove(Analysis.class);
        Run run = run("gaps", "--pack", "gd-2017", "--evidence", evidence().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("internal error", Analysis.class.getName());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPackWithoutModelIsInternal() {
        platform.packs.clear();
        platform.packs.add(FakePlatform.pack("gd-2017", "1.0.0")); // scheme() is null
        Run run = run("tasks", "--pack", "gd-2017");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("has no model loaded");
    }

    /** Canned analysis results over the three facts; missing subjects come from the score result. */
    private static final class FakeAnalysis implements Analysis {
        private static final BigDecimal HALF = new BigDecimal("0.5");

        private static FactInfo fact(String id, String label, String indicatorId, String indicatorName) {
            return new FactInfo(id, label, "bool", "是否", "是 / 否", null, null, false, List.of(), HALF, "1", "工作保障",
                    indicatorId, indicatorName, List.of(), false, null, null);
        }

        @Override
        public List<FactInfo> facts(Scheme scheme) {
            return List.of(fact(FACTS.get(0), "机构到位", "1.1", "工作保障条件"), fact(FACTS.get(1), "职责到位", "1.1", "工作保障条件"),
                    fact(FACTS.get(2), "新增主体全面实施", "3.1", "统一社会信用代码"));
        }

        @Override
        public TaskList tasks(Scheme scheme) {
            return list(scheme, List.of(), Map.of());
        }

        @Override
        public TaskList tasks(Scheme scheme, Evidence evidence) {
            throw new AssertionError("the CLI checks tasks against the score result");
        }

        @Override
        public TaskList tasks(Scheme scheme, ScoreResult result) {
            Map<String, List<String>> missing = new LinkedHashMap<>();
            for (SubjectResult s : result.subjects()) {
                for (String f : s.missing()) missing.computeIfAbsent(f, k -> new ArrayList<>()).add(s.subject());
            }
            return list(scheme, result.subjects().stream().map(SubjectResult::subject).toList(), missing);
        }

        private TaskList list(Scheme scheme, List<String> subjects, Map<String, List<String>> missing) {
            List<FactInfo> facts = facts(scheme);
            List<FactTask> indicator11 = List.of(task(facts.get(0), missing), task(facts.get(1), missing));
            List<FactTask> indicator31 = List.of(task(facts.get(2), missing));
            IndicatorTask i11 = new IndicatorTask("1", "工作保障", "1.1", "工作保障条件", BigDecimal.ONE, List.of(), indicator11);
            IndicatorTask i31 = new IndicatorTask("3", "信用标准", "3.1", "统一社会信用代码", BigDecimal.ONE, List.of(),
                    indicator31);
            return new TaskList(scheme.getId(), scheme.getVersion(), subjects, List.of(
                    new UnitTasks("市发展改革委", List.of(i11), 2, count(indicator11)),
                    new UnitTasks("市编办", List.of(i11, i31), 3, count(indicator11) + count(indicator31))));
        }

        private static FactTask task(FactInfo fact, Map<String, List<String>> missing) {
            return new FactTask(fact, missing.getOrDefault(fact.id(), List.of()));
        }

        private static int count(List<FactTask> tasks) {
            return tasks.stream().mapToInt(t -> t.missingFor().size()).sum();
        }

        @Override
        public List<SubjectGaps> gaps(ScoreResult result, Scheme scheme) {
            List<String> units = List.of("市发展改革委", "各区、县级市");
            List<SubjectGaps> all = new ArrayList<>();
            for (SubjectResult s : result.subjects()) {
                Gap plan = new Gap("2.1.plan", "有年度工作计划", "2", "规划", "2.1", "年度工作计划", BigDecimal.ZERO,
                        new BigDecimal("2.00"), new BigDecimal("2.00"),
                        List.of(new FactHint("2.1.plan", "有年度工作计划", false, "改为“是”（2 分）")), units, false,
                        "有年度工作计划 = 否 → 0", null);
                Gap duties = new Gap("1.1.duties", "职责到位", "1", "工作保障", "1.1", "工作保障条件", BigDecimal.ZERO,
                        HALF.add(HALF), BigDecimal.ONE, List.of(new FactHint("1.1.duties", "职责到位", true, "补充提供")), units,
                        true, "未提供", "指标 1.1 满分 1 分");
                Gap ratio = new Gap("3.2.ratio", "完成率", "3", "信用标准", "3.2", "信用标准", new BigDecimal("0.5"),
                        BigDecimal.ONE, HALF, List.of(new FactHint("3.2.completed", "完成数", false, "完成数达到“计划数”"),
                                new FactHint("3.2.planned", "计划数", false, "核实计划数")), List.of(), false, "1/2 → 0.5", null);
                all.add(new SubjectGaps(s.subject(), s.total(), s.baseMax(), new BigDecimal("3.50"), List.of(plan, duties, ratio)));
            }
            return all;
        }

        @Override
        public List<Rank> ranking(ScoreResult result) {
            return List.of();
        }
    }
}
