package org.crediteval.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crediteval.engine.internal.Scoring.first;
import static org.crediteval.engine.internal.Scoring.item;
import static org.crediteval.engine.internal.TestScheme.check;
import static org.crediteval.engine.internal.TestScheme.deduct;
import static org.crediteval.engine.internal.TestScheme.gate;
import static org.crediteval.engine.internal.TestScheme.optional;
import static org.crediteval.engine.internal.TestScheme.ratio;
import static org.crediteval.engine.internal.TestScheme.stepDown;
import static org.crediteval.engine.internal.TestScheme.survey;

import java.math.BigDecimal;
import java.util.Map;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.api.score.SurveyOutcome;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.GateCondition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Gates, deductions attached to items, optional facts, survey items and the missing-fact rules. */
class ItemModifiersTest {

    /** gd-2017 3.1: the mapping library gates the conversion-rate item. */
    @Nested
    class BoolGate {
        private final TestScheme t = TestScheme.single("3");

        BoolGate() {
            FactDefinition mapping = t.bool("3.1.mapping_library", "新旧代码映射库");
            FactDefinition conversion = t.rate("3.1.code_conversion_rate", "存量代码转换率");
            gate(t.item(conversion, stepDown(conversion, "1", "100", "10", "0.1", "50")), mapping, GateCondition.TRUE);
        }

        @Test
        void openGateScoresTheRule() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("3.1.mapping_library", "是")
                    .fact("3.1.code_conversion_rate", "85"));
            ItemResult item = item(s, "3.1.code_conversion_rate");
            assertThat(item.score().toPlainString()).isEqualTo("0.9");
            assertThat(item.facts()).containsExactly("3.1.code_conversion_rate", "3.1.mapping_library");
        }

        @Test
        void closedGateScoresZero() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("3.1.mapping_library", "否")
                    .fact("3.1.code_conversion_rate", "100"));
            ItemResult item = item(s, "3.1.code_conversion_rate");
            assertThat(item.score().toPlainString()).isEqualTo("0");
            assertThat(item.explanation()).isEqualTo("新旧代码映射库 = 否 → 本项不得分 → 0");
            assertThat(s.missing()).isEmpty();
        }

        @Test
        void ruleFactIsListedMissingEvenWhenTheGateIsClosed() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("3.1.mapping_library", "否"));
            assertThat(s.missing()).containsExactly("3.1.code_conversion_rate");
            assertThat(item(s, "3.1.code_conversion_rate").score().toPlainString()).isEqualTo("0");
        }

        @Test
        void missingGateFactIsListedAndScoresZero() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("3.1.code_conversion_rate", "100"));
            assertThat(s.missing()).containsExactly("3.1.mapping_library");
            assertThat(item(s, "3.1.code_conversion_rate").explanation()).isEqualTo("缺失：3.1.mapping_library → 0");
        }
    }

    /** js-2012 3.3: ratio item with a deduction, and a province item gated on an optional count being zero. */
    @Nested
    class DemonstrationIndicator {
        private final TestScheme t = TestScheme.single("30");

        DemonstrationIndicator() {
            FactDefinition completed = t.count("3.3.city_completed", "市级示范企业数");
            FactDefinition planned = t.count("3.3.city_planned", "市级示范计划数");
            FactDefinition revoked = optional(t.count("3.3.city_revoked", "因投诉查实取消市级示范的家数"), "0");
            FactDefinition planMet = t.bool("3.3.province_plan_met", "完成省级示范计划");
            FactDefinition provinceRevoked = optional(t.count("3.3.province_revoked", "因投诉取消省级示范的家数"), "0");
            deduct(t.item("3.3.city_ratio", "市级示范创建", ratio(completed, planned, "20")), revoked, "10");
            gate(t.item(planMet, check(planMet, "10")), provinceRevoked, GateCondition.ZERO);
        }

        private SubjectResult score(TestEvidence e) {
            return first(t, e);
        }

        @Test
        void deductionComesOffTheRoundedRatio() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("3.3.city_completed", "2").fact("3.3.city_planned", "3")
                    .fact("3.3.city_revoked", "1").fact("3.3.province_plan_met", "是"));
            ItemResult ratio = item(s, "3.3.city_ratio");
            assertThat(ratio.score().toPlainString()).isEqualTo("3.3333");
            assertThat(ratio.explanation())
                    .isEqualTo("市级示范企业数 2 / 市级示范计划数 3 × 20 = 13.3333；扣减 因投诉查实取消市级示范的家数 1 × 10 → 3.3333");
            assertThat(ratio.facts()).containsExactly("3.3.city_completed", "3.3.city_planned", "3.3.city_revoked");
        }

        @Test
        void deductionStopsAtZero() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("3.3.city_completed", "3").fact("3.3.city_planned", "3")
                    .fact("3.3.city_revoked", "3").fact("3.3.province_plan_met", "是"));
            assertThat(item(s, "3.3.city_ratio").score().toPlainString()).isEqualTo("0");
        }

        @Test
        void optionalFactsTakeTheirDefaultAndAreNeverMissing() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("3.3.city_completed", "2").fact("3.3.city_planned", "3")
                    .fact("3.3.province_plan_met", "是"));
            assertThat(item(s, "3.3.city_ratio").score().toPlainString()).isEqualTo("13.3333");
            assertThat(item(s, "3.3.province_plan_met").score().toPlainString()).isEqualTo("10");
            assertThat(s.missing()).isEmpty();
        }

        @Test
        void zeroTargetLeavesNothingToDeduct() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("3.3.city_completed", "0").fact("3.3.city_planned", "0")
                    .fact("3.3.city_revoked", "2").fact("3.3.province_plan_met", "否"));
            ItemResult ratio = item(s, "3.3.city_ratio");
            assertThat(ratio.score().toPlainString()).isEqualTo("0");
            assertThat(ratio.explanation()).doesNotContain("扣减");
            assertThat(s.warnings()).containsExactly("3.3.city_ratio: 市级示范计划数 3.3.city_planned = 0，无法计算完成率，本项得0分");
        }

        @Test
        void zeroGateClosesOnAnyCount() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("3.3.city_completed", "1").fact("3.3.city_planned", "1")
                    .fact("3.3.province_plan_met", "是").fact("3.3.province_revoked", "1"));
            ItemResult province = item(s, "3.3.province_plan_met");
            assertThat(province.score().toPlainString()).isEqualTo("0");
            assertThat(province.explanation()).isEqualTo("因投诉取消省级示范的家数 = 1 → 本项不得分 → 0");
            assertThat(item(s, "3.3.city_ratio").score().toPlainString()).isEqualTo("20");
        }

        @Test
        void itemMaximaFollowTheRules() {
            SubjectResult s = score(TestEvidence.of("茂名市"));
            assertThat(item(s, "3.3.city_ratio").max().toPlainString()).isEqualTo("20");
            assertThat(item(s, "3.3.province_plan_met").max().toPlainString()).isEqualTo("10");
            assertThat(s.missing()).containsExactly("3.3.city_completed", "3.3.city_planned", "3.3.province_plan_met");
        }
    }

    /** gd-2017 10.1: questionnaire outcome first, the fallback points fact otherwise. */
    @Nested
    class Survey {
        private final TestScheme t = TestScheme.single("10");

        Survey() {
            FactDefinition fallback = t.points("10.1.survey_score", "社会获得感满意度得分", "10");
            t.item(fallback, survey(fallback, "10"));
        }

        private SubjectResult score(TestEvidence e, Map<String, SurveyOutcome> surveys) {
            return Scoring.run(t, e, surveys).subjects().get(0);
        }

        @Test
        void outcomeIsUsedAndTheFallbackNotNeeded() {
            SubjectResult s = score(TestEvidence.of("茂名市"),
                    Map.of("茂名市", new SurveyOutcome(new BigDecimal("7.8125"), "有效问卷 512 份")));
            ItemResult item = item(s, "10.1.survey_score");
            assertThat(item.score().toPlainString()).isEqualTo("7.8125");
            assertThat(item.explanation()).isEqualTo("问卷调查得分 7.8125（有效问卷 512 份）");
            assertThat(item.facts()).isEmpty();
            assertThat(s.missing()).isEmpty();
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void outcomeWinsOverAGivenFallbackWithAWarning() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("10.1.survey_score", "9"),
                    Map.of("茂名市", new SurveyOutcome(new BigDecimal("7.5"), "")));
            assertThat(item(s, "10.1.survey_score").score().toPlainString()).isEqualTo("7.5");
            assertThat(s.warnings()).singleElement().asString().startsWith("10.1.survey_score: ")
                    .contains("10.1.survey_score = 9");
        }

        @Test
        void fallbackWithoutOutcome() {
            SubjectResult s = score(TestEvidence.of("茂名市").fact("10.1.survey_score", "8.5"),
                    Map.of("湛江市", new SurveyOutcome(new BigDecimal("7.5"), "")));
            ItemResult item = item(s, "10.1.survey_score");
            assertThat(item.score().toPlainString()).isEqualTo("8.5");
            assertThat(item.explanation()).isEqualTo("社会获得感满意度得分 = 8.5（无问卷结果，采用证据值）");
            assertThat(item.facts()).containsExactly("10.1.survey_score");
        }

        @Test
        void neitherScoresZeroAndListsTheFallback() {
            SubjectResult s = score(TestEvidence.of("茂名市"), Map.of());
            assertThat(item(s, "10.1.survey_score").score().toPlainString()).isEqualTo("0");
            assertThat(item(s, "10.1.survey_score").explanation()).isEqualTo("无问卷结果，缺失：10.1.survey_score → 0");
            assertThat(s.missing()).containsExactly("10.1.survey_score");
        }
    }

    @Test
    void anAbsentFactScoresZeroWithAMissingExplanation() {
        TestScheme t = TestScheme.single("10");
        FactDefinition person = t.rate("4.1.person_coverage", "18岁以上户籍人口归集覆盖率");
        t.item(person, stepDown(person, "2", "95", "1", "0.1", "90"));
        SubjectResult s = first(t, TestEvidence.of("茂名市"));
        ItemResult item = item(s, "4.1.person_coverage");
        assertThat(item.score().toPlainString()).isEqualTo("0");
        assertThat(item.explanation()).isEqualTo("缺失：4.1.person_coverage → 0");
        assertThat(item.facts()).containsExactly("4.1.person_coverage");
        assertThat(s.missing()).containsExactly("4.1.person_coverage");
    }
}
