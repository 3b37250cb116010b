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
import java.util.Set;
import java.util.stream.Collectors;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AssessmentStores;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;
import org.crediteval.store.internal.SqliteAssessmentStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands end to end in one JVM: a fake platform (packs with models, a CSV-ish importer, an engine that
 * checks values and scores each item by its fact's number), the real SQLite store on a temporary file.
 */
class StoreCommandsTest {
    @TempDir
    Path dir;
    private Path db;
    private final FakePlatform platform = new FakePlatform();
    private final AssessmentStores stores = new SqliteAssessmentStores();
    private final String user = System.getProperty("user.name");

    record Pack(String id, String version, Scheme scheme) implements RulePack {
        @Override
        public String name() {
            return id;
        }

        @Override
        public String origin() {
            return "test";
        }

        @Override
        public List<PackDiagnostic> warnings() {
            return List.of();
        }
    }

    static RulePack pack(String id, String version, String... facts) {
        Scheme s = SchemeFactory.eINSTANCE.createScheme();
        s.setId(id);
        s.setVersion(version);
        for (String f : facts) {
            FactDefinition d = SchemeFactory.eINSTANCE.createFactDefinition();
            d.setId(f);
            d.setType(FactType.COUNT);
            s.getFacts().add(d);
        }
        return new Pack(id, version, s);
    }

    /** "subject,fact,value" lines. */
    static Evidence read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<RawFact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            facts.add(new RawFact(c[0], c[1], c[2], "", "", Location.line(file.getFileName().toString(), i + 1)));
        }
        return new Evidence(facts.stream().map(RawFact::subject).distinct().toList(), facts);
    }

    /** Like the engine: every unknown fact and bad number is a problem; indicator 1.1 reads f1 and f2, 1.2 reads f3. */
    static ScoreResult score(RulePack pack, Evidence evidence) throws EvidenceException {
        Set<String> defined = pack.scheme().getFacts().stream().map(FactDefinition::getId).collect(Collectors.toSet());
        List<EvidenceProblem> problems = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (String s : evidence.subjects()) values.put(s, new LinkedHashMap<>());
        for (RawFact f : evidence.facts()) {
            if (!defined.contains(f.factId())) {
                problems.add(new EvidenceProblem(f.location(), f.subject(), f.factId(), f.value(), "unknown fact id"));
                continue;
            }
            try {
                values.computeIfAbsent(f.subject(), x -> new LinkedHashMap<>()).put(f.factId(), new BigDecimal(f.value()));
            } catch (NumberFormatException e) {
                problems.add(new EvidenceProblem(f.location(), f.subject(), f.factId(), f.value(), "not a number"));
            }
        }
        if (!problems.isEmpty()) throw new EvidenceException(problems);
        List<SubjectResult> subjects = new ArrayList<>();
        values.forEach((subject, v) -> {
            IndicatorResult i1 = indicator("1.1", v, "f1", "f2");
            IndicatorResult i2 = indicator("1.2", v, "f3");
            BigDecimal total = i1.score().add(i2.score());
            subjects.add(new SubjectResult(subject, total, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, total,
                    List.of(new DimensionResult("1", "组织", total, BigDecimal.TEN, false, List.of(i1, i2))), List.of(), List.of()));
        });
        return new ScoreResult(new ScoreResult.PackRef(pack.id(), pack.version()), subjects);
    }

    private static IndicatorResult indicator(String id, Map<String, BigDecimal> v, String... facts) {
        List<ItemResult> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String f : facts) {
            BigDecimal s = v.getOrDefault(f, BigDecimal.ZERO);
            sum = sum.add(s);
            items.add(new ItemResult(f, "评分点 " + f, s, BigDecimal.TEN, f + " = " + s, List.of(f)));
        }
        return new IndicatorResult(id, "指标 " + id, sum, BigDecimal.TEN, items);
    }

    @BeforeEach
    void platform() {
        db = dir.resolve("store").resolve("a.db");
        platform.packs.add(pack("gd-2017", "1.0.0", "f1", "f2", "f3"));
        platform.packs.add(pack("js-2012", "1.0.0", "j1", "j2", "j3"));
        platform.importers.put("csv", StoreCommandsTest::read);
        platform.exporters.put("json", (result, out) -> out.write(("json:" + result.pack().id() + ":" + result.subjects().stream()
                .map(s -> s.subject() + "=" + s.total().toPlainString()).collect(Collectors.joining("|"))).getBytes(StandardCharsets.UTF_8)));
        platform.exporters.put("table", (result, out) -> out.write("table".getBytes(StandardCharsets.UTF_8)));
        platform.engine = (pack, evidence, surveys) -> score(pack, evidence);
        platform.services.put(AssessmentStores.class, stores);
    }

    private Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return Run.of(platform, all.toArray(String[]::new));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Run ok(String... args) {
        Run run = cli(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private <T> T inStore(StoreAccess.Work<T> work) throws Exception {
        try (AssessmentStore store = stores.open(db)) {
            return work.on(store);
        }
    }

    private long revision(String assessment) throws Exception {
        return this.<Long>inStore(s -> s.currentEvidence(assessment).revision());
    }

    private List<String> subjects(String assessment) throws Exception {
        return this.<List<String>>inStore(s -> s.assessment(assessment).subjects());
    }

    private String value(String assessment, String subject, String fact) throws Exception {
        return this.<String>inStore(s -> s.facts(assessment).stream()
                .filter(f -> f.subject().equals(subject) && f.factId().equals(fact)).findFirst().orElseThrow().content().value());
    }

    private int documents(String assessment) throws Exception {
        return this.<Integer>inStore(s -> s.documents(assessment).size());
    }

    /** An assessment "a" with two cities' evidence imported. */
    private void assessmentWithEvidence() throws IOException {
        ok("assessment", "create", "a", "--pack", "gd-2017", "--year", "2017");
        ok("evidence", "import", "--assessment", "a", file("e.csv", "广州市,f1,1\n广州市,f2,2\n深圳市,f1,3\n深圳市,f3,4\n").toString());
    }

    @Test
    void createListShow() {
        Run created = ok("assessment", "create", "茂名-2017", "--pack", "gd-2017", "--year", "2017", "--subjects", "茂名市, 湛江市");
        assertThat(created.out().trim()).isEqualTo("1");
        assertThat(created.err()).contains("created assessment 1 '茂名-2017'", "gd-2017@1.0.0", "2 subjects");
        assertThat(Files.exists(db)).as("created on first use, with its folder").isTrue();
        Run list = ok("assessment", "list");
        assertThat(list.out()).contains("ID", "NAME", "茂名-2017", "gd-2017@1.0.0", "2017", user);
        Run show = ok("assessment", "show", "茂名-2017");
        assertThat(show.out()).contains("assessment 1: 茂名-2017", "pack:      gd-2017@1.0.0", "subjects:  2: 茂名市, 湛江市",
                "evidence:  0 facts, revision 0", "runs:      0");
        assertThat(ok("assessment", "show", "1").out()).contains("assessment 1: 茂名-2017");
    }

    @Test
    void createRefusals() {
        ok("assessment", "create", "a", "--pack", "gd-2017", "--year", "2017");
        Run duplicate = cli("assessment", "create", "a", "--pack", "gd-2017", "--year", "2017");
        assertThat(duplicate.exit()).isEqualTo(2);
        assertThat(duplicate.err()).contains("an assessment named 'a' exists already");
        Run unknownPack = cli("assessment", "create", "b", "--pack", "zj-2020", "--year", "2017");
        assertThat(unknownPack.exit()).isEqualTo(2);
        assertThat(unknownPack.err()).contains("unknown pack 'zj-2020'");
        Run badYear = cli("assessment", "create", "c", "--pack", "gd-2017", "--year", "17");
        assertThat(badYear.exit()).isEqualTo(2);
        assertThat(badYear.err()).contains("year 17");
        assertThat(ok("assessment", "list").out()).doesNotContain("zj-2020").contains("a");
    }

    @Test
    void importScoreChangeDiffExport() throws Exception {
        assessmentWithEvidence();
        Run first = ok("score", "--assessment", "a", "--format", "json");
        assertThat(first.out()).isEqualTo("json:gd-2017:广州市=3|深圳市=7");
        assertThat(first.err()).contains("stored run 1 of assessment 'a' (gd-2017@1.0.0, evidence revision 4, 2 subjects)");

        Run change = ok("evidence", "import", "--assessment", "a", "--reason", "区县更正", file("fix.csv", "广州市,f2,5\n广州市,f1,1\n").toString());
        assertThat(change.out()).contains("0 added, 1 changed, 1 unchanged", "changed 广州市 f2: 2 → 5");
        Run second = ok("score", "--assessment", "a", "--format", "json");
        assertThat(second.out()).isEqualTo("json:gd-2017:广州市=6|深圳市=7");
        assertThat(second.err()).contains("stored run 2");

        Run runs = ok("runs", "--assessment", "a");
        assertThat(runs.out()).contains("RUN", "EVIDENCE REVISION", "gd-2017@1.0.0").containsPattern("(?m)^1 .* 4 .*\\n2 .* 5 ");

        Run diff = ok("diff", "1", "2");
        assertThat(diff.out()).contains("run 1 → run 2 of assessment 'a'", "pack: gd-2017@1.0.0 (same)",
                "evidence revision: 4 → 5", "1 subject changed", "广州市: total 3 → 6",
                "indicator 1.1 指标 1.1: 3 → 6; caused by fact f2", "item f2: 2 → 5",
                "fact f2: 2 → 5 (changed by " + user, "reason: 区县更正").doesNotContain("深圳市");
        assertThat(ok("diff", "2", "2").out()).contains("no differences");

        Run export = ok("export", "2", "--format", "json");
        assertThat(export.out()).isEqualTo("json:gd-2017:广州市=6|深圳市=7");
        Path out = dir.resolve("run1.json");
        Run toFile = ok("export", "1", "--format", "json", "--out", out.toString());
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("json:gd-2017:广州市=3|深圳市=7");

        Path scored = dir.resolve("scored.json");
        Run third = ok("score", "--assessment", "a", "--format", "json", "--out", scored.toString());
        assertThat(third.out()).isEmpty();
        assertThat(third.err()).contains("stored run 3", "wrote the result of run 3 to " + scored);
        assertThat(Files.readString(scored)).isEqualTo("json:gd-2017:广州市=6|深圳市=7");

        Run show = ok("assessment", "show", "a");
        assertThat(show.out()).contains("subjects:  2: 广州市, 深圳市", "evidence:  4 facts, revision 5", "runs:      3");
    }

    @Test
    void aBadValueIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        assessmentWithEvidence();
        long revision = revision("a");
        Run bad = cli("evidence", "import", "--assessment", "a", file("bad.csv", "广州市,f1,7\n广州市,f2,许多\n").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("error: bad.csv:2: subject '广州市', fact 'f2', value '许多', not a number",
                "1 problem in the evidence; nothing was imported");
        assertThat(revision("a")).isEqualTo(revision);
        assertThat(value("a", "广州市", "f1")).isEqualTo("1");
        assertThat(value("a", "广州市", "f2")).isEqualTo("2");
    }

    @Test
    void evidenceOfAnotherPackIsRefused() throws Exception {
        assessmentWithEvidence();
        long revision = revision("a");
        Run other = cli("evidence", "import", "--assessment", "a", file("js.csv", "南京市,j1,1\n南京市,j2,1\n").toString());
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("the evidence in js.csv is not for pack gd-2017@1.0.0", "2 of its 2 fact ids",
                "they are facts of js-2012@1.0.0", "nothing was imported");
        // one typo is the engine's to report, with its line
        Run typo = cli("evidence", "import", "--assessment", "a", file("typo.csv", "广州市,f1,1\n广州市,f2,1\n广州市,fx,1\n").toString());
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("typo.csv:3: subject '广州市', fact 'fx'", "nothing was imported");
        assertThat(revision("a")).isEqualTo(revision);
        assertThat(subjects("a")).containsExactly("广州市", "深圳市");
    }

    @Test
    void subjectsAreAddedByTheFirstImportOnlyOrWhenAsked() throws Exception {
        assessmentWithEvidence();
        Path more = file("more.csv", "珠海市,f1,1\n");
        Run refused = cli("evidence", "import", "--assessment", "a", more.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("assessment 'a' has no subject 珠海市", "--add-subjects", "nothing was imported");
        Run added = ok("evidence", "import", "--assessment", "a", "--add-subjects", more.toString());
        assertThat(added.out()).contains("1 added", "1 subject added");
        assertThat(subjects("a")).containsExactly("广州市", "深圳市", "珠海市");

        ok("assessment", "create", "fixed", "--pack", "gd-2017", "--year", "2017", "--subjects", "广州市");
        Run outside = cli("evidence", "import", "--assessment", "fixed", file("e2.csv", "深圳市,f1,1\n").toString());
        assertThat(outside.exit()).isEqualTo(2);
        assertThat(outside.err()).contains("has no subject 深圳市");
    }

    @Test
    void attach() throws Exception {
        assessmentWithEvidence();
        Path doc = Files.write(dir.resolve("批复.pdf"), new byte[] {1, 2, 3});
        Run attached = ok("evidence", "attach", "--assessment", "a", "--subject", "广州市", "--fact", "f1", doc.toString());
        assertThat(attached.out()).contains("document 1: 批复.pdf (3 bytes, SHA-256 ", "attached to 广州市 f1", "a.db.files");
        assertThat(ok("assessment", "show", "a").out()).contains("documents: 1", "批复.pdf");

        Run wrongFact = cli("evidence", "attach", "--assessment", "a", "--subject", "广州市", "--fact", "j1", doc.toString());
        assertThat(wrongFact.exit()).isEqualTo(2);
        assertThat(wrongFact.err()).contains("has no fact 'j1'");
        Run wrongSubject = cli("evidence", "attach", "--assessment", "a", "--subject", "南京市", "--fact", "f1", doc.toString());
        assertThat(wrongSubject.exit()).isEqualTo(2);
        assertThat(wrongSubject.err()).contains("no subject 南京市");
        Run missing = cli("evidence", "attach", "--assessment", "a", "--subject", "广州市", "--fact", "f1", dir.resolve("无.pdf").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("document not found");
        assertThat(documents("a")).isEqualTo(1);
    }

    @Test
    void unknownAssessmentAndRunNameTheDatabase() throws IOException {
        ok("assessment", "list");
        for (List<String> args : List.of(List.of("assessment", "show", "nope"), List.of("runs", "--assessment", "nope"),
                List.of("score", "--assessment", "nope"), List.of("evidence", "import", "--assessment", "nope", file("e.csv", "x,f1,1\n").toString()))) {
            Run run = cli(args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).contains("no assessment 'nope' in database " + db);
        }
        for (List<String> args : List.of(List.of("diff", "1", "2"), List.of("export", "9", "--format", "json"))) {
            Run run = cli(args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).containsPattern("no run \\d in database " + java.util.regex.Pattern.quote(db.toString()));
        }
        Run format = cli("export", "1", "--format", "docx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'docx'");
    }

    @Test
    void aFileThatIsNotADatabaseIsLeftAlone() throws IOException {
        Path csv = file("not-a-db.csv", "subject,fact,value\n");
        byte[] before = Files.readAllBytes(csv);
        Run run = Run.of(platform, "--db", csv.toString(), "assessment", "list");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(csv + " is not a credit-eval database");
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
        assertThat(Files.exists(Path.of(csv + "-wal"))).isFalse();
    }

    @Test
    void thePinnedPackVersionMustBeInstalled() throws IOException {
        assessmentWithEvidence();
        platform.packs.clear();
        platform.packs.add(pack("gd-2017", "1.1.0", "f1", "f2", "f3"));
        Run run = cli("score", "--assessment", "a");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("assessment 'a' is pinned to pack gd-2017@1.0.0, which is not installed");
    }

    @Test
    void anAssessmentWithoutSubjectsIsNotScored() throws Exception {
        ok("assessment", "create", "empty", "--pack", "gd-2017", "--year", "2017");
        Run run = cli("score", "--assessment", "empty");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("assessment 'empty' has no subjects yet", "evidence import");
        assertThat(this.<Integer>inStore(s -> s.runs("empty").size())).isZero();
        // with subjects but no facts yet it is scored: everything is missing
        ok("assessment", "create", "named", "--pack", "gd-2017", "--year", "2017", "--subjects", "广州市");
        assertThat(ok("score", "--assessment", "named", "--format", "json").out()).isEqualTo("json:gd-2017:广州市=0");
    }

    @Test
    void withoutTheStoreServiceItIsAnInternalError() {
        platform.services.clear();
        Run run = cli("assessment", "list");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("internal error", "AssessmentStores");
    }

    @Test
    void plainScoringIsUnchanged() throws IOException {
        Run run = Run.of(platform, "score", "--pack", "gd-2017", "--evidence", file("e.csv", "广州市,f1,1\n").toString(), "--format", "json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("json:gd-2017:广州市=1");
        assertThat(run.err()).doesNotContain("stored run");
    }
}
