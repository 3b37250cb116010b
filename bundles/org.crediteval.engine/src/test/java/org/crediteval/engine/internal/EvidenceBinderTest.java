package org.crediteval.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import org.crediteval.api.evidence.EvidenceException;
import org.crediteval.api.evidence.EvidenceProblem;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.score.ScoreResult;
import org.junit.jupiter.api.Test;

class EvidenceBinderTest {
    private final TestScheme t = TestScheme.single("10");

    EvidenceBinderTest() {
        t.bool("1.1.institution", "机构到位");
        t.count("4.1.contributing_units", "常态化提供信息的部门和单位数");
        t.rate("4.1.person_coverage", "18岁以上户籍人口归集覆盖率");
        t.points("4.2.portal", "独立域名信用门户网站及信用服务", "1");
        t.level("2.2.y2015", "2015年计划落实", "full", "全部落实", "partial", "部分落实", "none", "未落实");
    }

    private EvidenceException refuse(TestEvidence evidence) {
        EvidenceException e = catchThrowableOfType(EvidenceException.class,
                () -> new EvidenceBinder(new FactIndex(t.scheme)).bind(evidence.build()));
        assertThat(e).as("evidence should be refused").isNotNull();
        return e;
    }

    @Test
    void typesEveryValue() throws Exception {
        BoundEvidence bound = new EvidenceBinder(new FactIndex(t.scheme)).bind(TestEvidence.of("茂名市")
                .fact("1.1.institution", "是").fact("4.1.contributing_units", "37").fact("4.1.person_coverage", "93.5%")
                .fact("4.2.portal", "0.8").fact("2.2.y2015", "partial").build());
        SubjectFacts facts = bound.take(0);
        assertThat(facts.get("1.1.institution").value()).isEqualTo(Boolean.TRUE);
        assertThat(facts.get("4.1.contributing_units").number()).isEqualByComparingTo("37");
        assertThat(facts.get("4.1.person_coverage").number()).isEqualTo(new BigDecimal("93.5"));
        assertThat(facts.get("4.2.portal").number()).isEqualTo(new BigDecimal("0.8"));
        assertThat(facts.get("2.2.y2015").level()).isEqualTo("partial");
    }

    @Test
    void collectsEveryProblemWithLocationSubjectFactAndValue() {
        EvidenceException e = refuse(TestEvidence.of("茂名市")
                .fact("1.1.institution", "maybe")          // line 2
                .fact("4.1.person_coverage", "120")        // line 3
                .fact("4.1.contributing_units", "-3")      // line 4
                .fact("9.9.unknown", "1")                  // line 5
                .fact("4.2.portal", "1.2")                 // line 6
                .fact("2.2.y2015", "most")                 // line 7
                .fact("1.1.institution", ""));             // line 8: duplicate as well
        assertThat(e.problems()).extracting(EvidenceProblem::location, EvidenceProblem::subject,
                EvidenceProblem::factId, EvidenceProblem::value, EvidenceProblem::message).containsExactly(
                tuple(Location.line("e.csv", 2), "茂名市", "1.1.institution", "maybe",
                        "bool must be one of true/false, yes/no, 1/0, 是/否"),
                tuple(Location.line("e.csv", 3), "茂名市", "4.1.person_coverage", "120", "rate must be between 0 and 100"),
                tuple(Location.line("e.csv", 4), "茂名市", "4.1.contributing_units", "-3",
                        "count must be a non-negative integer"),
                tuple(Location.line("e.csv", 5), "茂名市", "9.9.unknown", "1",
                        "unknown fact id: pack test 1.0.0 defines no such fact"),
                tuple(Location.line("e.csv", 6), "茂名市", "4.2.portal", "1.2", "points must be between 0 and 1"),
                tuple(Location.line("e.csv", 7), "茂名市", "2.2.y2015", "most", "level must be one of full, partial, none"),
                tuple(Location.line("e.csv", 8), "茂名市", "1.1.institution", "",
                        "fact given twice for this subject: at e.csv:2 and at e.csv:8"));
        assertThat(e.problems().get(1).toString())
                .isEqualTo("e.csv:3: subject '茂名市', fact '4.1.person_coverage', value '120', rate must be between 0 and 100");
    }

    @Test
    void duplicateNamesBothLines() {
        EvidenceException e = refuse(TestEvidence.of("茂名市").fact("1.1.institution", "是")
                .fact("4.2.portal", "1").fact("1.1.institution", "否"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("fact given twice for this subject: at e.csv:2 and at e.csv:4");
            assertThat(p.location()).isEqualTo(Location.line("e.csv", 4));
            assertThat(p.value()).isEqualTo("否");
        });
    }

    @Test
    void everyRepeatNamesTheSubjectsOwnFirstLine() {
        EvidenceException e = refuse(TestEvidence.of("湛江市").fact("1.1.institution", "是")
                .subject("茂名市").fact("1.1.institution", "否").fact("1.1.institution", "是")
                .subject("湛江市").fact("1.1.institution", "是"));
        assertThat(e.problems()).extracting(EvidenceProblem::message).containsExactly(
                "fact given twice for this subject: at e.csv:3 and at e.csv:4",
                "fact given twice for this subject: at e.csv:2 and at e.csv:5");
    }

    @Test
    void theSameFactForTwoSubjectsIsNoDuplicate() throws Exception {
        BoundEvidence bound = new EvidenceBinder(new FactIndex(t.scheme)).bind(TestEvidence.of("茂名市").fact("1.1.institution", "是")
                .subject("湛江市").fact("1.1.institution", "否").build());
        assertThat(bound.size()).isEqualTo(2);
        assertThat(bound.take(0).subject()).isEqualTo("茂名市");
        assertThat(bound.take(1).subject()).isEqualTo("湛江市");
    }

    @Test
    void emptyValueIsAnError() {
        EvidenceException e = refuse(TestEvidence.of("茂名市").fact("4.1.person_coverage", ""));
        assertThat(e.problems()).extracting(EvidenceProblem::message).containsExactly("value is empty");
    }

    @Test
    void subjectsKeepInputOrderAndASubjectWithoutFactsIsStillScored() {
        TestEvidence evidence = TestEvidence.of("湛江市").subject("茂名市").fact("1.1.institution", "是");
        ScoreResult result = Scoring.run(t, evidence, Map.of());
        assertThat(result.subjects()).extracting(s -> s.subject()).containsExactly("湛江市", "茂名市");
    }

    @Test
    void theEngineScoresNothingWhenAnyValueIsBad() {
        EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> new DefaultScoringEngine()
                .score(t.pack(), TestEvidence.of("茂名市").fact("1.1.institution", "是")
                        .subject("湛江市").fact("4.1.person_coverage", "101").build()));
        assertThat(e.problems()).extracting(EvidenceProblem::subject).containsExactly("湛江市");
        assertThat(e).hasMessageContaining("e.csv:3").hasMessageContaining("湛江市").hasMessageContaining("101");
    }
}
