package org.crediteval.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crediteval.engine.internal.Scoring.first;
import static org.crediteval.engine.internal.Scoring.item;
import static org.crediteval.engine.internal.Scoring.itemFor;
import static org.crediteval.engine.internal.TestScheme.bands;
import static org.crediteval.engine.internal.TestScheme.check;
import static org.crediteval.engine.internal.TestScheme.deduction;
import static org.crediteval.engine.internal.TestScheme.deductionRule;
import static org.crediteval.engine.internal.TestScheme.discretionary;
import static org.crediteval.engine.internal.TestScheme.external;
import static org.crediteval.engine.internal.TestScheme.levels;
import static org.crediteval.engine.internal.TestScheme.perUnit;
import static org.crediteval.engine.internal.TestScheme.ratio;
import static org.crediteval.engine.internal.TestScheme.stepDown;
import static org.crediteval.engine.internal.TestScheme.withPointsFact;

import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.FactDefinition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule kind of domain.md with its boundaries; scores are compared as exact strings. */
class RuleKindsTest {

    @Nested
    class Check {
        private final TestScheme t = TestScheme.single("2");

        Check() {
            FactDefinition institution = t.bool("1.1.institution", "机构到位");
            t.item(institution, check(institution, "0.5"));
        }

        @Test
        void trueGivesThePoints() {
            ItemResult item = itemFor(t, "1.1.institution", "是");
            assertThat(item.score().toPlainString()).isEqualTo("0.5");
            assertThat(item.max().toPlainString()).isEqualTo("0.5");
            assertThat(item.explanation()).isEqualTo("机构到位 = 是 → 0.5");
            assertThat(item.label()).isEqualTo("机构到位");
            assertThat(item.facts()).containsExactly("1.1.institution");
        }

        @Test
        void falseGivesZero() {
            ItemResult item = itemFor(t, "1.1.institution", "no");
            assertThat(item.score().toPlainString()).isEqualTo("0");
            assertThat(item.explanation()).isEqualTo("机构到位 = 否 → 0");
        }
    }

    @Nested
    class PerUnit {
        private final TestScheme t = TestScheme.single("10");

        PerUnit() {
            FactDefinition units = t.count("4.1.contributing_units", "常态化提供信息的部门和单位数");
            t.item(units, perUnit(units, "0.04", "2"));
            FactDefinition media = t.count("9.1.media_national", "国家级媒体公开报道次数");
            t.item(media, perUnit(media, "4", null));
        }

        @Test
        void exactProductWithoutBinaryNoise() {
            ItemResult item = itemFor(t, "4.1.contributing_units", "37");
            assertThat(item.score().toPlainString()).isEqualTo("1.48");
            assertThat(item.explanation()).isEqualTo("常态化提供信息的部门和单位数 = 37 × 0.04 = 1.48");
        }

        @Test
        void cappedAtTheRuleCap() {
            ItemResult item = itemFor(t, "4.1.contributing_units", "50");
            assertThat(item.score().toPlainString()).isEqualTo("2");
            assertThat(item.explanation()).isEqualTo("常态化提供信息的部门和单位数 = 50 × 0.04 = 2.00，封顶 2 → 2");
            ItemResult over = itemFor(t, "4.1.contributing_units", "80");
            assertThat(over.score().toPlainString()).isEqualTo("2");
        }

        @Test
        void justBelowTheCap() {
            assertThat(itemFor(t, "4.1.contributing_units", "49").score().toPlainString()).isEqualTo("1.96");
            assertThat(itemFor(t, "4.1.contributing_units", "0").score().toPlainString()).isEqualTo("0");
        }

        @Test
        void uncappedRuleStillStopsAtTheItemMaximum() {
            ItemResult item = itemFor(t, "9.1.media_national", "3");
            assertThat(item.max().toPlainString()).isEqualTo("10");
            assertThat(item.score().toPlainString()).isEqualTo("10");
            assertThat(item.explanation()).isEqualTo("国家级媒体公开报道次数 = 3 × 4 = 12，超出本项上限 10 → 10");
            assertThat(itemFor(t, "9.1.media_national", "2").score().toPlainString()).isEqualTo("8");
        }

        @Test
        void onlyWholeUnitsOfMoneyCount() {
            TestScheme m = TestScheme.single("50");
            FactDefinition funds = m.money("6.2.funds", "市财政专项资金");
            m.item(funds, TestScheme.perUnit(funds, "1", "10", "50"));
            ItemResult item = itemFor(m, "6.2.funds", "25.5");
            assertThat(item.score().toPlainString()).isEqualTo("2");
            assertThat(item.explanation()).isEqualTo("市财政专项资金 = 25.5万元，按每10万元计 2 × 1 = 2");
            assertThat(itemFor(m, "6.2.funds", "9.99").score().toPlainString()).isEqualTo("0");
            assertThat(itemFor(m, "6.2.funds", "30").score().toPlainString()).isEqualTo("3");
            assertThat(itemFor(m, "6.2.funds", "600").score().toPlainString()).isEqualTo("50");
        }
    }

    @Nested
    class Ratio {
        private TestScheme scheme(String points) {
            TestScheme t = TestScheme.single(points);
            FactDefinition completed = t.count("3.2.completed", "完成贯标企业数");
            FactDefinition planned = t.count("3.2.planned", "年度计划数");
            t.item("3.2.ratio", "贯标工作", ratio(completed, planned, points));
            return t;
        }

        private ItemResult score(TestScheme t, String completed, String planned) {
            return item(first(t, TestEvidence.of("茂名市").fact("3.2.completed", completed).fact("3.2.planned", planned)),
                    "3.2.ratio");
        }

        @Test
        void roundedHalfUpToFourPlaces() {
            ItemResult item = score(scheme("60"), "7", "9");
            assertThat(item.score().toPlainString()).isEqualTo("46.6667");
            assertThat(item.explanation()).isEqualTo("完成贯标企业数 7 / 年度计划数 9 × 60 = 46.6667");
            assertThat(item.facts()).containsExactly("3.2.completed", "3.2.planned");
            assertThat(score(scheme("20"), "2", "3").score().toPlainString()).isEqualTo("13.3333");
            assertThat(score(scheme("20"), "1", "3").score().toPlainString()).isEqualTo("6.6667");
            assertThat(score(scheme("60"), "1", "8").score().toPlainString()).isEqualTo("7.5");
        }

        @Test
        void aboveTheTargetCountsAsOne() {
            ItemResult item = score(scheme("60"), "12", "9");
            assertThat(item.score().toPlainString()).isEqualTo("60");
            assertThat(item.explanation()).isEqualTo("完成贯标企业数 12 / 年度计划数 9 ≥ 1，按1计 × 60 = 60");
            assertThat(score(scheme("60"), "9", "9").score().toPlainString()).isEqualTo("60");
        }

        @Test
        void zeroTargetScoresZeroWithAWarningNamingTheFact() {
            SubjectResult s = first(scheme("60"), TestEvidence.of("茂名市").fact("3.2.completed", "3").fact("3.2.planned", "0"));
            ItemResult item = item(s, "3.2.ratio");
            assertThat(item.score().toPlainString()).isEqualTo("0");
            assertThat(item.explanation()).isEqualTo("完成贯标企业数 3 / 年度计划数 0，年度计划数为0，无法计算完成率 → 0");
            assertThat(s.warnings()).containsExactly("3.2.ratio: 年度计划数 3.2.planned = 0，无法计算完成率，本项得0分");
            assertThat(s.missing()).isEmpty();
        }

        @Test
        void actualIsListedMissingEvenWhenTheTargetIsZero() {
            SubjectResult s = first(scheme("60"), TestEvidence.of("茂名市").fact("3.2.planned", "0"));
            assertThat(s.missing()).containsExactly("3.2.completed");
            assertThat(item(s, "3.2.ratio").explanation()).isEqualTo("缺失：3.2.completed → 0");
        }
    }

    @Nested
    class Bands {
        private final TestScheme t = TestScheme.single("30");

        Bands() {
            FactDefinition reports = t.count("4.5.reports", "信用报告及咨询服务报告数量");
            t.item(reports, bands(reports, "2000", "30", "500", "20", "100", "10"));
            FactDefinition trainees = t.count("6.3.trainees", "参加信用管理师等培训人次");
            t.item(trainees, bands(trainees, "10", "5", "100", "20", "60", "10"));
        }

        @ParameterizedTest
        @CsvSource({"0,0", "99,0", "100,10", "499,10", "500,20", "1999,20", "2000,30", "50000,30"})
        void lowerBoundsAreInclusive(String reports, String expected) {
            assertThat(itemFor(t, "4.5.reports", reports).score().toPlainString()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"9,0", "10,5", "59,5", "60,10", "99,10", "100,20"})
        void bandOrderInTheModelDoesNotMatter(String trainees, String expected) {
            assertThat(itemFor(t, "6.3.trainees", trainees).score().toPlainString()).isEqualTo(expected);
        }

        @Test
        void explanations() {
            assertThat(itemFor(t, "4.5.reports", "600").explanation()).isEqualTo("信用报告及咨询服务报告数量 = 600 → ≥500 → 20");
            assertThat(itemFor(t, "4.5.reports", "50").explanation()).isEqualTo("信用报告及咨询服务报告数量 = 50 → 低于100 → 0");
            assertThat(itemFor(t, "4.5.reports", "600").max().toPlainString()).isEqualTo("30");
        }

        @Test
        void rateBandsAtTheirBounds() {
            TestScheme r = TestScheme.single("50");
            FactDefinition timeliness = r.rate("7.4.timeliness_rate", "时效率");
            r.item(timeliness, bands(timeliness, "95", "10", "80", "5"));
            assertThat(itemFor(r, "7.4.timeliness_rate", "95%").score().toPlainString()).isEqualTo("10");
            assertThat(itemFor(r, "7.4.timeliness_rate", "94.99").score().toPlainString()).isEqualTo("5");
            assertThat(itemFor(r, "7.4.timeliness_rate", "80").score().toPlainString()).isEqualTo("5");
            assertThat(itemFor(r, "7.4.timeliness_rate", "79.9").explanation()).isEqualTo("时效率 = 79.9% → 低于80% → 0");
        }
    }

    @Nested
    class Level {
        private final TestScheme t = TestScheme.single("40");

        Level() {
            FactDefinition office = t.level("1.2.office", "信用建设职能部门的设置", "standalone", "单设信用办", "merged",
                    "与其他处室合署", "none", "未设立");
            t.item(office, levels(office, "standalone", "40", "merged", "20", "none", "0"));
        }

        @Test
        void eachCodeScoresItsPoints() {
            ItemResult item = itemFor(t, "1.2.office", "standalone");
            assertThat(item.score().toPlainString()).isEqualTo("40");
            assertThat(item.explanation()).isEqualTo("单设信用办 (standalone) → 40");
            assertThat(itemFor(t, "1.2.office", "merged").score().toPlainString()).isEqualTo("20");
            assertThat(itemFor(t, "1.2.office", "none").explanation()).isEqualTo("未设立 (none) → 0");
        }
    }

    @Nested
    class LevelWithExpertBranch {
        private final TestScheme t = TestScheme.single("2");

        LevelWithExpertBranch() {
            FactDefinition level = t.level("2.2.y2015", "2015年度工作计划落实情况", "full", "全部落实", "partial", "部分落实",
                    "none", "未落实");
            FactDefinition expert = t.points("2.2.y2015_expert", "2015年度落实情况专家评分", "1");
            t.item(level, withPointsFact(levels(level, "full", "1", "none", "0"), "partial", expert));
        }

        @Test
        void branchFactIsNeededOnlyInItsBranch() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("2.2.y2015", "full"));
            assertThat(item(s, "2.2.y2015").score().toPlainString()).isEqualTo("1");
            assertThat(item(s, "2.2.y2015").facts()).containsExactly("2.2.y2015");
            assertThat(s.missing()).isEmpty();
        }

        @Test
        void partialTakesTheExpertValue() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("2.2.y2015", "partial").fact("2.2.y2015_expert", "0.6"));
            ItemResult item = item(s, "2.2.y2015");
            assertThat(item.score().toPlainString()).isEqualTo("0.6");
            assertThat(item.explanation()).isEqualTo("部分落实 (partial) → 2015年度落实情况专家评分 0.6 → 0.6");
            assertThat(item.facts()).containsExactly("2.2.y2015", "2.2.y2015_expert");
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void partialWithoutTheExpertValueIsZeroAndListed() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("2.2.y2015", "partial"));
            ItemResult item = item(s, "2.2.y2015");
            assertThat(item.score().toPlainString()).isEqualTo("0");
            assertThat(item.explanation()).isEqualTo("部分落实 (partial) → 缺失：2.2.y2015_expert → 0");
            assertThat(s.missing()).containsExactly("2.2.y2015_expert");
        }

        @Test
        void itemMaximumCountsTheExpertFactMax() {
            assertThat(itemFor(t, "2.2.y2015", "none").max().toPlainString()).isEqualTo("1");
        }

        @Test
        void missingLevelListsOnlyTheLevelFact() {
            SubjectResult s = first(t, TestEvidence.of("茂名市"));
            assertThat(s.missing()).containsExactly("2.2.y2015");
        }
    }

    @Nested
    class StepDown {
        private final TestScheme t = TestScheme.single("10");

        StepDown() {
            FactDefinition person = t.rate("4.1.person_coverage", "18岁以上户籍人口归集覆盖率");
            t.item(person, stepDown(person, "2", "95", "1", "0.1", "90"));
            FactDefinition conversion = t.rate("3.1.code_conversion_rate", "存量代码转换率");
            t.item(conversion, stepDown(conversion, "1", "100", "10", "0.1", "50"));
        }

        @ParameterizedTest
        @CsvSource({"100,2", "95,2", "94.5,2", "94,1.9", "93.5,1.9", "92,1.7", "90.5,1.6", "90,1.5", "89.9,0", "0,0"})
        void theDomainExample(String value, String expected) {
            assertThat(itemFor(t, "4.1.person_coverage", value).score().toPlainString()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"100,1", "91,1", "90,0.9", "85,0.9", "50,0.5", "49.9,0"})
        void wholeTenPercentSteps(String value, String expected) {
            assertThat(itemFor(t, "3.1.code_conversion_rate", value).score().toPlainString()).isEqualTo(expected);
        }

        @Test
        void explanations() {
            assertThat(itemFor(t, "4.1.person_coverage", "93.5").explanation())
                    .isEqualTo("18岁以上户籍人口归集覆盖率 93.5% → 低于95%，递减1档 → 1.9");
            assertThat(itemFor(t, "4.1.person_coverage", "89.9").explanation())
                    .isEqualTo("18岁以上户籍人口归集覆盖率 89.9% → 低于90%，不得分 → 0");
            assertThat(itemFor(t, "4.1.person_coverage", "96%").explanation())
                    .isEqualTo("18岁以上户籍人口归集覆盖率 96% → 达到95% → 2");
            assertThat(itemFor(t, "4.1.person_coverage", "94.5").explanation())
                    .isEqualTo("18岁以上户籍人口归集覆盖率 94.5% → 低于95%，不足1档 → 2");
        }

        @Test
        void neverBelowZero() {
            TestScheme steep = TestScheme.single("2");
            FactDefinition r = steep.rate("x.rate", "比率");
            steep.item(r, stepDown(r, "1", "100", "1", "0.5", "0"));
            assertThat(itemFor(steep, "x.rate", "97").score().toPlainString()).isEqualTo("0");
            assertThat(itemFor(steep, "x.rate", "99").score().toPlainString()).isEqualTo("0.5");
        }
    }

    @Nested
    class DeductionKind {
        private final TestScheme t = TestScheme.single("10");

        DeductionKind() {
            FactDefinition leaders = t.count("7.1.leader_absences", "主要领导、分管领导缺席人次");
            FactDefinition staff = t.count("7.1.staff_absences", "其他人员缺席人次");
            t.item("7.1.absences", "参加会议、活动情况", deductionRule("10", deduction(leaders, "5"), deduction(staff, "2")));
        }

        private ItemResult score(String leaders, String staff) {
            return item(first(t, TestEvidence.of("茂名市").fact("7.1.leader_absences", leaders)
                    .fact("7.1.staff_absences", staff)), "7.1.absences");
        }

        @Test
        void fullWithoutIncidents() {
            ItemResult item = score("0", "0");
            assertThat(item.score().toPlainString()).isEqualTo("10");
            assertThat(item.max().toPlainString()).isEqualTo("10");
        }

        @Test
        void pointsPerIncident() {
            ItemResult item = score("1", "2");
            assertThat(item.score().toPlainString()).isEqualTo("1");
            assertThat(item.explanation())
                    .isEqualTo("满分 10，扣减 主要领导、分管领导缺席人次 1 × 5 + 其他人员缺席人次 2 × 2 = 9 → 1");
            assertThat(item.facts()).containsExactly("7.1.leader_absences", "7.1.staff_absences");
        }

        @Test
        void neverBelowZero() {
            assertThat(score("2", "0").score().toPlainString()).isEqualTo("0");
            assertThat(score("3", "4").score().toPlainString()).isEqualTo("0");
        }

        @Test
        void oneMissingCountScoresZeroNotTheRest() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("7.1.leader_absences", "1"));
            assertThat(item(s, "7.1.absences").score().toPlainString()).isEqualTo("0");
            assertThat(item(s, "7.1.absences").explanation()).isEqualTo("缺失：7.1.staff_absences → 0");
            assertThat(s.missing()).containsExactly("7.1.staff_absences");
        }

        @Test
        void decimalDeductions() {
            TestScheme g = TestScheme.single("8");
            FactDefinition events = g.count("8.2.dishonesty_events", "失信政府机构数及重大失信事件数");
            g.item(events, deductionRule("2", deduction(events, "0.1")));
            assertThat(itemFor(g, "8.2.dishonesty_events", "0").score().toPlainString()).isEqualTo("2");
            assertThat(itemFor(g, "8.2.dishonesty_events", "1").score().toPlainString()).isEqualTo("1.9");
            assertThat(itemFor(g, "8.2.dishonesty_events", "1").explanation())
                    .isEqualTo("满分 2，扣减 失信政府机构数及重大失信事件数 1 × 0.1 → 1.9");
            assertThat(itemFor(g, "8.2.dishonesty_events", "20").score().toPlainString()).isEqualTo("0");
            assertThat(itemFor(g, "8.2.dishonesty_events", "25").score().toPlainString()).isEqualTo("0");
        }
    }

    @Nested
    class DiscretionaryAndExternal {
        private final TestScheme t = TestScheme.single("20");

        DiscretionaryAndExternal() {
            FactDefinition portal = t.points("4.2.portal", "独立域名信用门户网站及信用服务", "1");
            t.item(portal, discretionary(portal, "1"));
            FactDefinition ext = t.points("7.2.external_score", "省治工办考评结果", "20");
            t.item(ext, external(ext, "20", "省治工办"));
        }

        @Test
        void discretionaryNamesTheJustification() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("4.2.portal", "0.8", "专家组意见：门户功能较全"));
            ItemResult item = item(s, "4.2.portal");
            assertThat(item.score().toPlainString()).isEqualTo("0.8");
            assertThat(item.explanation()).isEqualTo("专家评分 0.8（理由：专家组意见：门户功能较全）");
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void discretionaryWithoutJustificationIsOnlyAWarning() {
            SubjectResult s = first(t, TestEvidence.of("茂名市").fact("4.2.portal", "0.8"));
            assertThat(item(s, "4.2.portal").score().toPlainString()).isEqualTo("0.8");
            assertThat(item(s, "4.2.portal").explanation()).isEqualTo("专家评分 0.8（未附理由）");
            assertThat(s.warnings()).containsExactly("4.2.portal: 酌情评分 4.2.portal = 0.8 未附评分理由（note）");
        }

        @Test
        void externalTakesTheValue() {
            ItemResult item = itemFor(t, "7.2.external_score", "15.5");
            assertThat(item.score().toPlainString()).isEqualTo("15.5");
            assertThat(item.max().toPlainString()).isEqualTo("20");
            assertThat(item.explanation()).isEqualTo("省治工办考评结果 = 15.5（省治工办评分）");
        }
    }
}
