package org.crediteval.store.internal;

import static org.crediteval.store.internal.TestData.evidence;
import static org.crediteval.store.internal.TestData.fact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.store.Assessment;
import org.crediteval.api.store.AssessmentStore;
import org.crediteval.api.store.AttachedDocument;
import org.crediteval.api.store.EvidenceState;
import org.crediteval.api.store.FactChange;
import org.crediteval.api.store.FactRef;
import org.crediteval.api.store.FactValue;
import org.crediteval.api.store.ImportResult;
import org.crediteval.api.store.RunDiff;
import org.crediteval.api.store.RunInfo;
import org.crediteval.api.store.StoreException;
import org.crediteval.api.store.StoreException.Reason;
import org.crediteval.api.store.StoredFact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every store operation on a real SQLite file. */
class StoreTest {
    static final RulePack GD = TestData.pack("gd-2017", "1.0.0", List.of("1.1.institution", "4.1.person_coverage", "4.2.portal", "f0", "f1", "f2", "f3"));
    static final RulePack JS = TestData.pack("js-2012", "1.0.0", List.of("1.1.office", "2.1.platform"));

    @TempDir
    Path dir;
    Path file;
    AssessmentStore store;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("sub").resolve("assessments.db");
        store = new SqliteAssessmentStores().open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Assessment gd() throws StoreException {
        return store.createAssessment("广东2017", "gd-2017", "1.0.0", 2017, List.of("茂名市", "广州市"), "alice");
    }

    @Test
    void createsListsAndFindsAssessments() throws Exception {
        assertTrue(Files.exists(file), "the database and its folder are created");
        Assessment a = gd();
        Assessment b = store.createAssessment("江苏2012", "js-2012", "1.0.0", 2012, List.of("南京市"), "bob");
        assertEquals(List.of(a, b), store.assessments());
        assertEquals(a, store.assessment("广东2017"));
        assertEquals(b, store.assessment(String.valueOf(b.id())));
        assertEquals(List.of("茂名市", "广州市"), a.subjects());
        assertEquals("alice", a.createdBy());
        assertTrue(store.findAssessment("nope").isEmpty());
        assertEquals(Reason.UNKNOWN_ASSESSMENT, assertThrows(StoreException.class, () -> store.assessment("nope")).reason());
        StoreException dup = assertThrows(StoreException.class, () -> gd());
        assertEquals(Reason.DUPLICATE_ASSESSMENT, dup.reason());
        assertTrue(dup.badInput());
        assertEquals(Reason.BAD_ARGUMENT, assertThrows(StoreException.class,
                () -> store.createAssessment(" ", "gd-2017", "1.0.0", 2017, List.of(), "x")).reason());
        assertEquals(2, store.assessments().size(), "refusals change nothing");

        Assessment more = store.addSubjects("广东2017", List.of("广州市", "深圳市"), "alice");
        assertEquals(List.of("茂名市", "广州市", "深圳市"), more.subjects());
        assertEquals("1.1.0", store.setPackVersion("广东2017", "1.1.0", "alice").packVersion());
    }

    @Test
    void importRecordsEveryChangeInTheAuditTrailAndLeavesUnchangedFactsAlone() throws Exception {
        gd();
        ImportResult first = store.importEvidence("广东2017", GD, evidence(
                fact("茂名市", "1.1.institution", "是", "市编办 2017-05 文件", ""),
                fact("茂名市", "4.1.person_coverage", "93.5"),
                fact("广州市", "4.1.person_coverage", "97")), "alice", "first delivery");
        assertEquals(3, first.added());
        assertEquals(0, first.changed());
        assertEquals(3, first.changes().size());
        assertNull(first.changes().get(0).before());
        List<StoredFact> before = store.facts("广东2017");

        Thread.sleep(5); // a later entered_at would show if an unchanged fact were rewritten
        ImportResult second = store.importEvidence("广东2017", GD, evidence(
                fact("茂名市", "1.1.institution", "是", "市编办 2017-05 文件", ""),   // unchanged
                fact("茂名市", "4.1.person_coverage", "94.0"),                      // value changed
                fact("广州市", "4.1.person_coverage", "97", "", "平台统计"),        // note changed
                fact("广州市", "4.2.portal", "0.8")), "bob", "corrected by 信用办");  // added
        assertEquals(1, second.added());
        assertEquals(2, second.changed());
        assertEquals(1, second.unchanged());
        assertTrue(second.revision() > first.revision());

        List<StoredFact> after = store.facts("广东2017");
        StoredFact institution = after.stream().filter(f -> f.factId().equals("1.1.institution")).findFirst().orElseThrow();
        assertEquals(before.get(0), institution, "the unchanged fact keeps who entered it and when");
        assertEquals("alice", institution.enteredBy());
        StoredFact coverage = after.stream().filter(f -> f.subject().equals("茂名市") && f.factId().equals("4.1.person_coverage")).findFirst().orElseThrow();
        assertEquals("94.0", coverage.content().value());
        assertEquals("bob", coverage.enteredBy());

        List<FactChange> trail = store.auditTrail("广东2017");
        assertEquals(6, trail.size());
        FactChange c = trail.stream().filter(t -> t.subject().equals("茂名市") && t.factId().equals("4.1.person_coverage")
                && t.user().equals("bob")).findFirst().orElseThrow();
        assertEquals(new FactValue("93.5", "", ""), c.before());
        assertEquals(new FactValue("94.0", "", ""), c.after());
        assertEquals("corrected by 信用办", c.reason());
        assertEquals(second.importId(), c.importId());
        assertTrue(trail.stream().noneMatch(t -> t.factId().equals("1.1.institution") && t.user().equals("bob")));
        for (int i = 1; i < trail.size(); i++) assertTrue(trail.get(i).revision() > trail.get(i - 1).revision());

        // subjects in assessment order, facts in the order first stored
        EvidenceState now = store.currentEvidence("广东2017");
        assertEquals(second.revision(), now.revision());
        assertEquals(List.of("茂名市", "广州市"), now.evidence().subjects());
        assertEquals(List.of("茂名市/1.1.institution", "茂名市/4.1.person_coverage", "广州市/4.1.person_coverage", "广州市/4.2.portal"),
                now.evidence().facts().stream().map(f -> f.subject() + "/" + f.factId()).toList());
        assertEquals("evidence.csv:2", now.evidence().facts().get(0).location().toString());

        EvidenceState then = store.evidenceAt("广东2017", first.revision());
        assertEquals(List.of("93.5", "97"), then.evidence().facts().stream()
                .filter(f -> f.factId().equals("4.1.person_coverage")).map(RawFact::value).toList());
        assertEquals(3, then.evidence().facts().size());
    }

    @Test
    void removingFactsIsAuditedToo() throws Exception {
        gd();
        store.importEvidence("广东2017", GD, evidence(fact("茂名市", "f0", "1"), fact("茂名市", "f1", "2")), "alice", "");
        ImportResult r = store.removeFacts("广东2017", List.of(new FactRef("茂名市", "f0"), new FactRef("茂名市", "f3")), "bob", "entered by mistake");
        assertEquals(1, r.changes().size());
        assertEquals(new FactValue("1", "", ""), r.changes().get(0).before());
        assertNull(r.changes().get(0).after());
        assertEquals(List.of("f1"), store.facts("广东2017").stream().map(StoredFact::factId).toList());
        assertEquals(1, store.currentEvidence("广东2017").evidence().facts().size());
    }

    @Test
    void refusesEvidenceForAnotherPackAndChangesNothing() throws Exception {
        gd();
        store.importEvidence("广东2017", GD, evidence(fact("茂名市", "f0", "1")), "alice", "");
        List<FactChange> trail = store.auditTrail("广东2017");

        StoreException otherPack = assertThrows(StoreException.class, () -> store.importEvidence("广东2017", JS,
                evidence(fact("茂名市", "1.1.office", "是")), "bob", ""));
        assertEquals(Reason.WRONG_PACK, otherPack.reason());
        assertTrue(otherPack.getMessage().contains("js-2012"), otherPack.getMessage());

        // a Jiangsu file checked against the right pack object: its fact ids give it away
        StoreException unknownFacts = assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("茂名市", "f1", "5"), fact("茂名市", "1.1.office", "是")), "bob", ""));
        assertEquals(Reason.WRONG_PACK, unknownFacts.reason());
        assertTrue(unknownFacts.getMessage().contains("1.1.office"), unknownFacts.getMessage());
        assertTrue(unknownFacts.getMessage().contains("evidence.csv"), unknownFacts.getMessage());

        assertEquals(Reason.UNKNOWN_SUBJECT, assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("茂名市", "f1", "5"), fact("汕头市", "f1", "5")), "bob", "")).reason());
        assertEquals(Reason.BAD_EVIDENCE, assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("茂名市", "f1", "5"), fact("茂名市", "f1", "6")), "bob", "")).reason());
        assertEquals(Reason.BAD_EVIDENCE, assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("茂名市", "f1", " ")), "bob", "")).reason());
        assertEquals(Reason.UNKNOWN_ASSESSMENT, assertThrows(StoreException.class, () -> store.importEvidence("江苏", GD,
                evidence(fact("茂名市", "f1", "5")), "bob", "")).reason());

        assertEquals(trail, store.auditTrail("广东2017"));
        assertEquals(1, store.facts("广东2017").size());
    }

    @Test
    void newSubjectsGoInWithTheirImportOrNotAtAll() throws Exception {
        gd();
        List<String> before = store.assessment("广东2017").subjects();
        // 汕头市 would be added, but 湛江市 is unknown: the import is refused inside its transaction, after the add
        assertEquals(Reason.UNKNOWN_SUBJECT, assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("汕头市", "f1", "5"), fact("湛江市", "f1", "5")), List.of("汕头市"), "bob", "")).reason());
        assertEquals(before, store.assessment("广东2017").subjects(), "the refused import added no subject");
        assertEquals(Reason.WRONG_PACK, assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                evidence(fact("汕头市", "1.1.office", "是")), List.of("汕头市"), "bob", "")).reason());
        assertEquals(before, store.assessment("广东2017").subjects());

        ImportResult r = store.importEvidence("广东2017", GD, evidence(fact("汕头市", "f1", "5"), fact("茂名市", "f1", "4")),
                List.of("汕头市", "茂名市"), "bob", "");
        assertEquals(2, r.added());
        List<String> after = new java.util.ArrayList<>(before);
        after.add("汕头市");
        assertEquals(after, store.assessment("广东2017").subjects(), "汕头市 appended, 茂名市 already there");
    }

    @Test
    void inOneTransactionCommitsEveryStepTogetherOrNone() throws Exception {
        ScoreResult result = TestData.result("gd-2017", "1.0.0", List.of("茂名市"), 1, 1, 1, 7);
        // a failure after the steps: the assessment, its evidence and its run are all absent
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> store.inOneTransaction(s -> {
            s.createAssessment("整体保存", "gd-2017", "1.0.0", 2017, List.of("茂名市"), "alice");
            s.importEvidence("整体保存", GD, evidence(fact("茂名市", "f1", "5")), "alice", "");
            s.storeRun("整体保存", result, s.currentEvidence("整体保存").revision(), "alice");
            throw new IllegalStateException("the caller fails after the steps");
        }));
        assertEquals("the caller fails after the steps", late.getMessage());
        assertTrue(store.findAssessment("整体保存").isEmpty(), "nothing of the failed save is there");

        // a refused step the caller handles leaves nothing of itself; the other steps commit together
        RunInfo run = store.inOneTransaction(s -> {
            s.createAssessment("整体保存", "gd-2017", "1.0.0", 2017, List.of("茂名市"), "alice");
            assertThrows(StoreException.class, () -> s.importEvidence("整体保存", GD,
                    evidence(fact("汕头市", "f1", "5"), fact("湛江市", "f1", "5")), List.of("汕头市"), "alice", ""));
            s.importEvidence("整体保存", GD, evidence(fact("茂名市", "f1", "5")), "alice", "");
            return s.storeRun("整体保存", result, s.currentEvidence("整体保存").revision(), "alice");
        });
        assertEquals(List.of("茂名市"), store.assessment("整体保存").subjects(), "the refused step added no subject");
        assertEquals(1, store.facts("整体保存").size());
        assertEquals(List.of(run), store.runs("整体保存"));
    }

    @Test
    void documentsAreStoredOnceByContent() throws Exception {
        gd();
        Path doc = Files.writeString(dir.resolve("信用办成立文件.pdf"), "%PDF- 茂名市信用办", StandardCharsets.UTF_8);
        Path copy = Files.copy(doc, dir.resolve("copy-of-it.pdf"));
        AttachedDocument a = store.attachDocument("广东2017", GD, "茂名市", "1.1.institution", doc, "alice");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(doc)));
        assertEquals(sha, a.sha256());
        assertEquals(Files.size(doc), a.size());
        assertEquals("信用办成立文件.pdf", a.originalName());
        Path expected = dir.resolve("sub").resolve("assessments.db.files").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        assertEquals(expected, a.stored());
        assertArrayEquals(Files.readAllBytes(doc), Files.readAllBytes(expected));

        AttachedDocument again = store.attachDocument("广东2017", GD, "茂名市", "1.1.institution", doc, "bob");
        assertEquals(a, again, "the same content on the same fact is attached once");
        AttachedDocument b = store.attachDocument("广东2017", GD, "广州市", "4.2.portal", copy, "bob");
        assertEquals(sha, b.sha256());
        assertEquals("copy-of-it.pdf", b.originalName());
        assertEquals(List.of(a, b), store.documents("广东2017"));
        try (Stream<Path> files = Files.walk(expected.getParent().getParent())) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one content file for two attachments");
        }
    }

    @Test
    void refusesUnreadableDocumentsAndChangesNothing() throws Exception {
        gd();
        Path missing = dir.resolve("absent.pdf");
        StoreException e = assertThrows(StoreException.class,
                () -> store.attachDocument("广东2017", GD, "茂名市", "f0", missing, "alice"));
        assertEquals(Reason.UNREADABLE_DOCUMENT, e.reason());
        assertTrue(e.getMessage().contains("absent.pdf"));
        assertEquals(Reason.UNREADABLE_DOCUMENT, assertThrows(StoreException.class,
                () -> store.attachDocument("广东2017", GD, "茂名市", "f0", dir, "alice")).reason());
        Path doc = Files.writeString(dir.resolve("ok.pdf"), "x");
        assertEquals(Reason.WRONG_PACK, assertThrows(StoreException.class,
                () -> store.attachDocument("广东2017", GD, "茂名市", "1.1.office", doc, "alice")).reason());
        assertEquals(Reason.UNKNOWN_SUBJECT, assertThrows(StoreException.class,
                () -> store.attachDocument("广东2017", GD, "汕头市", "f0", doc, "alice")).reason());
        if (!"root".equals(System.getProperty("user.name"))) { // root reads anything
            Path locked = Files.writeString(dir.resolve("locked.pdf"), "secret");
            locked.toFile().setReadable(false);
            assertEquals(Reason.UNREADABLE_DOCUMENT, assertThrows(StoreException.class,
                    () -> store.attachDocument("广东2017", GD, "茂名市", "f0", locked, "alice")).reason());
        }
        assertTrue(store.documents("广东2017").isEmpty());
        Path files = dir.resolve("sub").resolve("assessments.db.files");
        if (Files.exists(files)) try (Stream<Path> s = Files.walk(files)) {
            assertEquals(0, s.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void runRoundTripKeepsEveryExactDecimalAndTheOrder() throws Exception {
        gd();
        EvidenceState ev = store.currentEvidence("广东2017");
        ScoreResult result = TestData.result("gd-2017", "1.0.0", List.of("茂名市", "广州市"), 3, 4, 5, 42);
        // scales that a REAL column would lose or change
        SubjectResult s0 = result.subjects().get(0);
        ItemResult tricky = new ItemResult("1.1.institution", "机构到位", new BigDecimal("1.4800"), new BigDecimal("0.50"),
                "0.04 × 37 = 1.48", List.of());
        IndicatorResult ind = new IndicatorResult("9.9", "额外", new BigDecimal("0.1000000000000000055511151231257827"),
                new BigDecimal("10.000"), List.of(tricky));
        List<DimensionResult> dims = new ArrayList<>(s0.dimensions());
        dims.add(new DimensionResult("9", "附加分", new BigDecimal("5.0"), new BigDecimal("10"), true, List.of(ind)));
        List<SubjectResult> subjects = new ArrayList<>(result.subjects());
        subjects.set(0, new SubjectResult(s0.subject(), s0.base(), s0.baseMax(), new BigDecimal("5.0"), s0.bonusMax(),
                s0.total(), dims, List.of(), List.of("一", "二\n三")));
        ScoreResult stored = new ScoreResult(result.pack(), subjects);

        RunInfo info = store.storeRun("广东2017", stored, ev.revision(), "alice");
        assertEquals(2, info.subjectCount());
        assertEquals(2 * 3 * 4 * 5 + 1, info.itemCount());
        ScoreResult back = store.loadRun(info.id());
        assertEquals(stored, back, "records compare BigDecimal by value and scale: the exact decimals came back");
        IndicatorResult backInd = back.subjects().get(0).dimensions().get(3).indicators().get(0);
        assertEquals("0.1000000000000000055511151231257827", backInd.score().toPlainString());
        assertEquals("10.000", backInd.max().toString());
        assertEquals("1.4800", backInd.items().get(0).score().toPlainString());
        try (Db db = new Db(file)) {
            assertEquals("text", db.text("SELECT typeof(score) FROM run_item LIMIT 1"));
            assertEquals(0, db.number("SELECT count(*) FROM run_item_full WHERE typeof(score) <> 'text' OR typeof(max) <> 'text'"));
            assertEquals(info.itemCount(), db.number("SELECT count(*) FROM run_item_full WHERE run_id = " + info.id()));
        }

        assertEquals(List.of(info), store.runs("广东2017"));
        assertEquals(info, store.run(info.id()));
        assertEquals(Reason.UNKNOWN_RUN, assertThrows(StoreException.class, () -> store.loadRun(999)).reason());
        assertEquals(Reason.UNKNOWN_RUN, assertThrows(StoreException.class, () -> store.run(999)).reason());
        assertEquals(Reason.WRONG_PACK, assertThrows(StoreException.class, () -> store.storeRun("广东2017",
                TestData.result("js-2012", "1.0.0", List.of("茂名市"), 1, 1, 1, 1), 0, "x")).reason());
        assertEquals(Reason.BAD_ARGUMENT, assertThrows(StoreException.class,
                () -> store.storeRun("广东2017", stored, ev.revision() + 100, "x")).reason());
        assertEquals(1, store.runs("广东2017").size());
    }

    @Test
    void diffNamesTheFactsThatChangedAndThePackVersion() throws Exception {
        gd();
        List<String> subjects = List.of("茂名市", "广州市");
        store.importEvidence("广东2017", GD, evidence(fact("茂名市", "f0", "1"), fact("茂名市", "f1", "2"),
                fact("广州市", "f0", "3")), "alice", "first");
        EvidenceState e1 = store.currentEvidence("广东2017");
        ScoreResult r1 = TestData.result("gd-2017", "1.0.0", subjects, 1, 2, 2, 7);
        RunInfo run1 = store.storeRun("广东2017", r1, e1.revision(), "alice");

        store.importEvidence("广东2017", GD, evidence(fact("茂名市", "f1", "20")), "bob", "统计局更正");
        EvidenceState e2 = store.currentEvidence("广东2017");
        // the engine would now give item f1 (indicator 1.1) another score
        ScoreResult r2 = withItemScore(r1, "茂名市", "1.1.f1", new BigDecimal("99"));
        RunInfo run2 = store.storeRun("广东2017", r2, e2.revision(), "bob");

        RunDiff d = store.diff(run1.id(), run2.id());
        assertTrue(d.evidenceKnown());
        assertFalse(d.packVersionChanged());
        assertEquals(1, d.subjects().size(), "广州市 did not change");
        RunDiff.SubjectDiff s = d.subjects().get(0);
        assertEquals("茂名市", s.subject());
        assertEquals(1, s.facts().size());
        RunDiff.FactDelta f = s.facts().get(0);
        assertEquals("f1", f.factId());
        assertEquals("2", f.before().value());
        assertEquals("20", f.after().value());
        assertEquals("bob", f.changedBy());
        assertEquals("统计局更正", f.reason());
        assertEquals(1, s.indicators().size());
        RunDiff.IndicatorDiff i = s.indicators().get(0);
        assertEquals("1.1", i.id());
        assertEquals(List.of("f1"), i.causes());
        assertEquals(List.of("1.1.f1"), i.items().stream().map(RunDiff.ItemDiff::id).toList());
        assertEquals(0, new BigDecimal("99").compareTo(i.items().get(0).scoreTo()));

        // the same evidence scored with a new pack version: the pack is the cause
        store.setPackVersion("广东2017", "1.1.0", "alice");
        ScoreResult r3 = withItemScore(new ScoreResult(new ScoreResult.PackRef("gd-2017", "1.1.0"), r2.subjects()),
                "广州市", "1.2.f2", new BigDecimal("0.5"));
        RunInfo run3 = store.storeRun("广东2017", r3, e2.revision(), "alice");
        RunDiff d2 = store.diff(run2.id(), run3.id());
        assertTrue(d2.packVersionChanged());
        assertEquals(1, d2.subjects().size());
        assertTrue(d2.subjects().get(0).facts().isEmpty());
        assertTrue(d2.subjects().get(0).indicators().get(0).causes().isEmpty());

        assertTrue(store.diff(run1.id(), run1.id()).unchanged());
        assertEquals(Reason.UNKNOWN_RUN, assertThrows(StoreException.class, () -> store.diff(run1.id(), 777)).reason());
    }

    private static ScoreResult withItemScore(ScoreResult r, String subject, String itemId, BigDecimal score) {
        List<SubjectResult> out = new ArrayList<>();
        for (SubjectResult s : r.subjects()) {
            if (!s.subject().equals(subject)) {
                out.add(s);
                continue;
            }
            List<DimensionResult> ds = new ArrayList<>();
            for (DimensionResult d : s.dimensions()) {
                List<IndicatorResult> is = new ArrayList<>();
                for (IndicatorResult i : d.indicators()) {
                    List<ItemResult> ts = new ArrayList<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (ItemResult t : i.items()) {
                        ItemResult n = t.id().equals(itemId)
                                ? new ItemResult(t.id(), t.label(), score, t.max(), "→ " + score, t.facts()) : t;
                        ts.add(n);
                        sum = sum.add(n.score());
                    }
                    is.add(new IndicatorResult(i.id(), i.name(), sum, i.max(), ts));
                }
                ds.add(new DimensionResult(d.id(), d.name(), d.score(), d.max(), d.bonus(), is));
            }
            out.add(new SubjectResult(s.subject(), s.base(), s.baseMax(), s.bonus(), s.bonusMax(), s.total().add(BigDecimal.ONE),
                    ds, s.missing(), s.warnings()));
        }
        return new ScoreResult(r.pack(), out);
    }

    @Test
    void aLockHeldLongerThanTheTimeoutIsAClearErrorAndChangesNothing() throws Exception {
        gd();
        store.close();
        store = new SqliteAssessmentStores().open(file, Duration.ofMillis(300));
        try (Db other = new Db(file)) {
            other.exec("BEGIN IMMEDIATE");
            long t0 = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> store.importEvidence("广东2017", GD,
                    evidence(fact("茂名市", "f0", "1")), "alice", ""));
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(Reason.LOCKED, e.reason());
            assertFalse(e.badInput());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(waited >= 250, "waited " + waited + " ms");
            other.exec("ROLLBACK");
        }
        assertTrue(store.facts("广东2017").isEmpty());
    }

    @Test
    void aWriteWaitsForAShortLock() throws Exception {
        gd();
        try (Db other = new Db(file)) {
            other.exec("BEGIN IMMEDIATE");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(400);
                    other.exec("COMMIT");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            release.start();
            ImportResult r = store.importEvidence("广东2017", GD, evidence(fact("茂名市", "f0", "1")), "alice", "");
            release.join();
            assertEquals(1, r.added());
        }
    }

    @Test
    void durabilitySettings() throws Exception {
        try (Db db = new Db(file)) {
            assertEquals("wal", db.text("PRAGMA journal_mode"));
        }
        Database db = ((SqliteAssessmentStore) store).db();
        assertEquals("2", db.pragma("synchronous"), "FULL");
        assertEquals("10000", db.pragma("busy_timeout"));
        assertEquals("wal", db.pragma("journal_mode"));
        assertEquals("16384", db.pragma("page_size"));
        assertEquals(2, new SqliteAssessmentStores().schemaVersion());
    }

    @Test
    void defaultDatabaseFollowsXdg() {
        assertEquals(Path.of("/data/credit-eval/assessments.db"), SqliteAssessmentStores.defaultDatabase("/data", "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/credit-eval/assessments.db"), SqliteAssessmentStores.defaultDatabase(null, "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/credit-eval/assessments.db"), SqliteAssessmentStores.defaultDatabase("relative", "/home/u"));
    }
}
