package org.crediteval.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crediteval.survey.internal.Gd2017.response;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.api.survey.CategoryQuota;
import org.crediteval.api.survey.CitySurvey;
import org.crediteval.api.survey.OptionShare;
import org.crediteval.api.survey.RejectedResponse;
import org.crediteval.api.survey.Rejection;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyAnalyzer;
import org.crediteval.api.survey.SurveyReport;
import org.crediteval.api.survey.SurveyResponse;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification, validity, quotas and the exact weighted score of survey-gd-2017.md, on the real pack data. */
class SurveyAnalyzerTest {
    private final SurveyAnalyzer analyzer = new DefaultSurveyAnalyzer();

    private SurveyReport run(Gd2017.Builder... responses) {
        SurveyAccumulator acc = analyzer.start(Gd2017.scheme());
        for (Gd2017.Builder r : responses) acc.accept(r.build());
        return acc.finish();
    }

    private static CitySurvey city(SurveyReport report) {
        return report.city("茂名市").orElseThrow();
    }

    private static RejectedResponse onlyRejection(SurveyReport report) {
        assertThat(report.rejected()).hasSize(1);
        return report.rejected().get(0);
    }

    @Test
    void maxPointsComeFromTheSurveyRule() {
        assertThat(SurveyAnalyzer.maxPoints(Gd2017.scheme())).isEqualByComparingTo("10");
    }

    @Test
    void aSchemeWithoutQuestionnaireCannotStart() {
        Scheme scheme = Gd2017.scheme();
        scheme.setQuestionnaire(null);
        assertThatThrownBy(() -> analyzer.start(scheme)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no questionnaire");
    }

    @Test
    void aPerfectRespondentScoresTheMax() {
        SurveyReport report = run(response("R1"));
        CitySurvey c = city(report);
        assertThat(c.valid()).isEqualTo(1);
        assertThat(c.score().score()).isEqualTo(new BigDecimal("10.0000"));
        assertThat(c.score().index()).isEqualByComparingTo("1");
        assertThat(report.rejected()).isEmpty();
    }

    @Nested
    class Validity {
        private void invalid(Gd2017.Builder r, String reasonContains) {
            SurveyReport report = run(r);
            RejectedResponse rejected = onlyRejection(report);
            assertThat(rejected.rejection()).isEqualTo(Rejection.INVALID);
            assertThat(rejected.reason()).contains(reasonContains);
            assertThat(report.cities().get(0).invalid()).isEqualTo(1);
            assertThat(report.cities().get(0).valid()).isZero();
            assertThat(report.cities().get(0).score()).isNull();
            assertThat(report.outcomes()).isEmpty();
        }

        @Test
        void missingAnswer() {
            invalid(response("R1").answer(5, "").answer(7, ""), "未作答：第 5、7 题");
        }

        @Test
        void unknownAnswer() {
            invalid(response("R1").answer(5, "可能"), "第 5 题答案无效：“可能”");
        }

        @Test
        void dontKnowIsNoOptionOfAYesNoQuestion() {
            invalid(response("R1").answer(1, "不知道"), "第 1 题答案无效：“不知道”");
        }

        @Test
        void singleChoiceWithTwoOptions() {
            invalid(response("R1").answer(39, "非常满意|一般"), "第 39 题答案无效");
        }

        @Test
        void repeatedOptionInAMultiSelect() {
            invalid(response("R1").answer(36, "商务诚信|商务诚信"), "第 36 题选项重复：“商务诚信”");
        }

        @Test
        void emptyPartInAMultiSelect() {
            invalid(response("R1").answer(18, "新闻媒体|"), "第 18 题答案无效：“”");
        }

        @Test
        void q18NeverHeardTogetherWithAChannel() {
            invalid(response("R1").answer(18, "没了解过|微博微信"), "第 18 题“没了解过”不能与其他选项同时选择");
        }

        @Test
        void q36NothingTicked() {
            invalid(response("R1").answer(36, ""), "未作答：第 36 题");
        }

        @Test
        void unknownCity() {
            SurveyReport report = run(response("R1").city("北京市"));
            assertThat(onlyRejection(report).reason()).isEqualTo("所在城市未知：“北京市”");
            CitySurvey c = report.city("北京市").orElseThrow();
            assertThat(c.known()).isFalse();
            assertThat(c.invalid()).isEqualTo(1);
        }

        @Test
        void emptyCity() {
            assertThat(onlyRejection(run(response("R1").city(""))).reason()).isEqualTo("缺少所在城市");
        }

        @Test
        void unknownCategory() {
            invalid(response("R1").categories("企业人员|农民"), "调查对象未知：“农民”");
        }

        @Test
        void noCategory() {
            invalid(response("R1").categories(""), "未填写调查对象");
        }

        @Test
        void repeatedCategory() {
            invalid(response("R1").categories("学生|学生"), "调查对象重复：“学生”");
        }

        @Test
        void emptyRespondentId() {
            invalid(response(""), "缺少答卷编号");
        }

        @Test
        void rowProblemsFromTheImporter() {
            invalid(response("R1").problems("该行有 45 个字段，表头有 43 个"), "该行有 45 个字段");
        }

        @Test
        void everyReasonIsListed() {
            SurveyReport report = run(response("R1").city("北京市").categories("").answer(2, "x").answer(3, ""));
            assertThat(onlyRejection(report).reason())
                    .isEqualTo("所在城市未知：“北京市”；未填写调查对象；第 2 题答案无效：“x”；未作答：第 3 题");
        }

        @ParameterizedTest
        @CsvSource({"''", "2017-08-01", "2017/08/01 10:00:00", "2017-08-01T10:00:00+8", "2017-02-30T10:00:00+08:00",
                "2017-08-01T24:00:00+08:00", "2017-08-01T10:00:00+19:00", "yesterday", "2017-08-01T10:00:00 +08:00",
                "2017-08-01T10:00:00.+08:00", "2017-08-01T10:00:00+08:00x"})
        void unreadableTimestamp(String at) {
            SurveyReport report = run(response("R1").at(at));
            RejectedResponse r = onlyRejection(report);
            assertThat(r.rejection()).isEqualTo(Rejection.INVALID_TIMESTAMP);
            assertThat(r.reason()).isEqualTo(at.isEmpty() ? "缺少提交时间" : "提交时间无法识别：“" + at + "”");
            assertThat(city(report).invalid()).isEqualTo(1);
            assertThat(city(report).late()).isZero();
        }

        @ParameterizedTest
        @CsvSource({"2017-08-01T10:00:00+08:00", "2017-08-01 10:00:00", "2017-08-01T10:00", "2017-08-01T10:00:00Z",
                "2017-08-01T10:00:00.123456789+08:00", "2017-08-01T10:00:00,5+0800", "2017-08-01T02:00:00-05",
                "2017-08-01t10:00:00z"})
        void readableTimestamps(String at) {
            assertThat(city(run(response("R1").at(at))).valid()).isEqualTo(1);
        }
    }

    @Nested
    class Deadline {
        @ParameterizedTest
        @CsvSource({
                "2017-08-15T23:59:59+08:00, false",
                "2017-08-16T00:00:00+08:00, true",
                "2017-08-15T23:59:59, false",        // no offset = Beijing time
                "2017-08-16T00:00:00, true",
                "2017-08-15 23:59:59, false",
                "2017-08-15T23:59:59.001+08:00, true",
                "2017-08-15T15:59:59Z, false",       // = 23:59:59 +08:00
                "2017-08-15T16:00:00Z, true",        // = 16th 00:00 +08:00
                "2017-08-15T23:59:59+09:00, false",
                "2017-08-15T23:59:59+07:00, true",
                "2017-08-16T00:30:00+09:00, false"})
        void inclusiveOfTheFifteenth(String at, boolean late) {
            SurveyReport report = run(response("R1").at(at));
            assertThat(city(report).late()).isEqualTo(late ? 1 : 0);
            assertThat(city(report).valid()).isEqualTo(late ? 0 : 1);
            if (late) {
                assertThat(onlyRejection(report).rejection()).isEqualTo(Rejection.LATE);
                assertThat(onlyRejection(report).reason()).contains(at).contains("2017-08-15T23:59:59+08:00");
            }
        }

        @Test
        void theDeadlineIsModelData() {
            Scheme scheme = Gd2017.scheme();
            scheme.getQuestionnaire().setDeadline("2017-08-31T23:59:59+08:00");
            SurveyAccumulator acc = analyzer.start(scheme);
            acc.accept(response("R1").at("2017-08-20T10:00:00+08:00").build());
            assertThat(acc.finish().cities().get(0).valid()).isEqualTo(1);
        }
    }

    @Nested
    class ClassificationOrder {
        @Test
        void duplicateFirstWhateverElseIsWrong() {
            SurveyReport report = run(response("R1"),
                    response("R1").line(3).at("2017-09-01T00:00:00+08:00").answer(5, "x").city("北京市"));
            RejectedResponse r = onlyRejection(report);
            assertThat(r.rejection()).isEqualTo(Rejection.DUPLICATE);
            assertThat(r.reason()).isEqualTo("答卷编号重复（首次出现于 第 2 行）");
            assertThat(r.location().line()).isEqualTo(3);
            assertThat(report.city("北京市").orElseThrow().duplicate()).isEqualTo(1);
            assertThat(city(report).valid()).isEqualTo(1);
        }

        @Test
        void theFirstOccurrenceIsKeptEvenWhenItIsInvalid() {
            SurveyReport report = run(response("R1").answer(1, ""), response("R1").line(3));
            assertThat(report.rejected()).extracting(RejectedResponse::rejection)
                    .containsExactly(Rejection.INVALID, Rejection.DUPLICATE);
            assertThat(city(report).valid()).isZero();
            assertThat(city(report).invalid()).isEqualTo(1);
            assertThat(city(report).duplicate()).isEqualTo(1);
        }

        @Test
        void duplicatesAcrossFilesNameTheFile() {
            SurveyReport report = run(response("R1").file("a.csv"), response("R1").file("b.csv").line(9));
            assertThat(onlyRejection(report).reason()).isEqualTo("答卷编号重复（首次出现于 a.csv 第 2 行）");
            assertThat(onlyRejection(report).location().file()).isEqualTo("b.csv");
        }

        @Test
        void invalidTimestampBeforeOtherInvalidity() {
            SurveyReport report = run(response("R1").at("soon").answer(1, "x").city("北京市"));
            assertThat(onlyRejection(report).rejection()).isEqualTo(Rejection.INVALID_TIMESTAMP);
        }

        @Test
        void lateBeforeOtherInvalidity() {
            SurveyReport report = run(response("R1").at("2017-08-16T08:00:00+08:00").answer(1, "x").categories(""));
            assertThat(onlyRejection(report).rejection()).isEqualTo(Rejection.LATE);
            assertThat(city(report).late()).isEqualTo(1);
            assertThat(city(report).invalid()).isZero();
        }

        @Test
        void emptyIdsAreNeverDuplicates() {
            SurveyReport report = run(response(""), response("").line(3));
            assertThat(report.rejected()).extracting(RejectedResponse::rejection)
                    .containsExactly(Rejection.INVALID, Rejection.INVALID);
        }

        @Test
        void countsAddUp() {
            SurveyReport report = run(response("R1"), response("R1").line(3), response("R2").at("x"),
                    response("R3").at("2017-08-16T00:00:00+08:00"), response("R4").answer(3, "x"), response("R5"));
            CitySurvey c = city(report);
            assertThat(List.of(c.responses(), c.valid(), c.invalid(), c.duplicate(), c.late()))
                    .containsExactly(6L, 2L, 2L, 1L, 1L);
        }
    }

    @Nested
    class AnswerValues {
        /** One respondent whose yes/no questions are all 否 except {@code changes}: r = Σ / 39 exactly. */
        private BigDecimal score(Gd2017.Builder r) {
            return city(run(r)).score().score();
        }

        @Test
        void q18AnyChannelIsOneNeverHeardIsZero() {
            // 35 yes/no at 1, q36 4/4, q37 1, q39 1, q18 0 → 38/39 → 9.7436
            assertThat(score(response("R1").answer(18, "没了解过"))).isEqualTo(new BigDecimal("9.7436"));
            assertThat(score(response("R1").answer(18, "诚信文化进机关、进企业、进学校、进社区、进农村活动")))
                    .isEqualTo(new BigDecimal("10.0000"));
        }

        @ParameterizedTest
        @CsvSource({"商务诚信, 9.8077", "商务诚信|社会诚信, 9.8718", "社会诚信|司法公信|政务诚信, 9.9359"})
        void q36IsTheShareTicked(String answer, String expected) {
            // (38 + k/4) / 39 × 10: k=1 → 9.80769… k=2 → 9.87179… k=3 → 9.93589…
            assertThat(score(response("R1").answer(36, answer))).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @CsvSource({"明显改善, 10.0000", "有所改善, 9.9145", "没有变化, 9.8291", "有所恶化, 9.7436"})
        void q37Thirds(String answer, String expected) {
            // (38 + v) / 39 × 10 with v = 1, 2/3, 1/3, 0
            assertThat(score(response("R1").answer(37, answer))).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @CsvSource({"非常满意, 10.0000", "比较满意, 9.9145", "一般, 9.8291", "不满意, 9.7436"})
        void q39Thirds(String answer, String expected) {
            assertThat(score(response("R1").answer(39, answer))).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void dontKnowIsZero() {
            assertThat(score(response("R1").answer(10, "不知道"))).isEqualTo(score(response("R1").answer(10, "否")));
            assertThat(score(response("R1").answer(10, "否"))).isEqualTo(new BigDecimal("9.7436"));
        }

        @Test
        void optionValuesAreModelData() {
            Scheme scheme = Gd2017.scheme();
            // a later pack version values 有所改善 at 1/2 instead of 2/3
            scheme.getQuestionnaire().getQuestions().get(36).getOptions().get(1).setNumerator(1);
            scheme.getQuestionnaire().getQuestions().get(36).getOptions().get(1).setDenominator(2);
            SurveyAccumulator acc = analyzer.start(scheme);
            acc.accept(response("R1").answer(37, "有所改善").build());
            // (38 + 1/2) / 39 × 10 = 9.871794… → 9.8718
            assertThat(acc.finish().cities().get(0).score().score()).isEqualTo(new BigDecimal("9.8718"));
        }
    }

    @Nested
    class QuotasAndWeighting {
        @Test
        void aRespondentOfSeveralCategoriesCountsInEachForQuotas() {
            SurveyReport report = run(response("R1").categories("学生|企业人员"), response("R2").categories("学生"));
            CitySurvey c = city(report);
            assertThat(c.quotas()).extracting(CategoryQuota::code).containsExactly("企业人员", "事业单位人员", "社会组织人员",
                    "公务员", "信用管理从业人员", "人大代表", "政协委员", "学生", "其他");
            assertThat(c.quotas()).extracting(CategoryQuota::collected).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 0L);
            CategoryQuota students = c.quotas().get(7);
            assertThat(students.quota()).isEqualTo(50);
            assertThat(students.shortfall()).isTrue();
            assertThat(students.missing()).isEqualTo(48);
            assertThat(c.shortfall()).isTrue();
        }

        @Test
        void invalidResponsesDoNotCountForQuotas() {
            SurveyReport report = run(response("R1").categories("学生").answer(1, ""));
            assertThat(city(report).quotas().get(7).collected()).isZero();
        }

        @Test
        void quotaReachedIsNoShortfall() {
            Gd2017.Builder[] rs = new Gd2017.Builder[10];
            for (int i = 0; i < 10; i++) rs[i] = response("R" + i).categories("人大代表");
            CategoryQuota deputies = city(run(rs)).quotas().get(5);
            assertThat(deputies.collected()).isEqualTo(10);
            assertThat(deputies.shortfall()).isFalse();
            assertThat(deputies.missing()).isZero();
        }

        @Test
        void weightedInTheFirstCategoryInTableOrderNotInWrittenOrder() {
            // R1 (学生 written first, but 企业人员 comes first in the table) scores 0 on the yes/no questions and
            // is weighted in 企业人员; R2 (学生) scores 1. Weighted by first written category the index would differ.
            SurveyReport report = run(response("R1").categories("学生|企业人员").yes(0), response("R2").categories("学生"));
            var score = city(report).score();
            assertThat(score.strata()).extracting(s -> s.category() + "=" + s.respondents())
                    .containsExactly("企业人员=1", "学生=1");
            // mean 企业人员 = 4/39, mean 学生 = 1; weights 100/150 and 50/150:
            // index = 2/3 × 4/39 + 1/3 × 1 = 8/117 + 39/117 = 47/117 = 0.401709… → 4.0171
            assertThat(score.score()).isEqualTo(new BigDecimal("4.0171"));
            assertThat(score.index()).isEqualByComparingTo(new BigDecimal("47").divide(new BigDecimal("117"),
                    java.math.MathContext.DECIMAL128));
        }

        @Test
        void postStratificationUsesOnlyTheCategoriesPresent() {
            // 企业人员 (quota 100): two respondents, r = 1 and r = 4/39 → mean 43/78
            // 人大代表 (quota 10): one respondent, r = 20/39 (16 yes + q18 + q36 + q37 + q39 = 20)
            // weights 100/110 and 10/110: index = 10/11 × 43/78 + 1/11 × 20/39 = 430/858 + 40/858 = 470/858
            //   = 235/429 = 0.547785547… → 5.4779
            SurveyReport report = run(response("R1"), response("R2").yes(0), response("R3").categories("人大代表").yes(16));
            var score = city(report).score();
            assertThat(score.respondents()).isEqualTo(3);
            assertThat(score.strata()).extracting(s -> s.category()).containsExactly("企业人员", "人大代表");
            assertThat(score.strata().get(0).weight()).isEqualByComparingTo(new BigDecimal("10").divide(new BigDecimal("11"),
                    java.math.MathContext.DECIMAL128));
            assertThat(score.score()).isEqualTo(new BigDecimal("5.4779"));
        }

        @Test
        void quotasAreModelData() {
            Scheme scheme = Gd2017.scheme();
            scheme.getQuestionnaire().getCategories().get(0).setQuota(10); // 企业人员 10 instead of 100
            SurveyAccumulator acc = analyzer.start(scheme);
            acc.accept(response("R1").yes(0).build()); // 企业人员, r = 4/39
            acc.accept(response("R2").categories("学生").build()); // r = 1
            // weights 10/60 and 50/60: index = 1/6 × 4/39 + 5/6 = 4/234 + 195/234 = 199/234 = 0.8504273… → 8.5043
            assertThat(acc.finish().cities().get(0).score().score()).isEqualTo(new BigDecimal("8.5043"));
        }
    }

    @Nested
    class Rounding {
        /** A one-question questionnaire whose only option is worth num/den, one category, no deadline. */
        private BigDecimal scoreOf(int num, int den) {
            Questionnaire q = TinyQuestionnaire.withOptionValue(num, den);
            SurveyAccumulator acc = analyzer.start(q, BigDecimal.TEN);
            acc.accept(new SurveyResponse("R1", "甲市", "全体", "2017-08-01T00:00:00", List.of("好"), null, List.of()));
            return acc.finish().cities().get(0).score().score();
        }

        @Test
        void halfUpNotHalfEven() {
            assertThat(scoreOf(2469, 200000)).isEqualTo(new BigDecimal("0.1235")); // 10 × 0.012345 = 0.12345
        }

        @Test
        void roundedOnceNotTwice() {
            // 10 × 0.01234499 = 0.1234499: once → 0.1234; via 5 places (0.12345) it would be 0.1235
            assertThat(scoreOf(1234499, 100000000)).isEqualTo(new BigDecimal("0.1234"));
        }

        @Test
        void thirdsAreExact() {
            // 10 × 2/3 = 6.6666… → 6.6667 (a double 0.6666666666666666 × 10 would also give this; 1/3 × 3 must be 1)
            assertThat(scoreOf(2, 3)).isEqualTo(new BigDecimal("6.6667"));
        }

        @Test
        void manyThirdsSumExactly() {
            // 3 respondents × 39 answers of 1/3 on q37/q39 … the real questionnaire: r = (37 + 1/3 + 1/3)/39 per
            // respondent; 3000 respondents give the same mean exactly.
            SurveyAccumulator acc = analyzer.start(Gd2017.scheme());
            for (int i = 0; i < 3000; i++) {
                acc.accept(response("R" + i).answer(37, "没有变化").answer(39, "一般").build());
            }
            // (37 + 2/3) / 39 × 10 = 113/117 × 10 = 9.658119658… → 9.6581
            assertThat(acc.finish().cities().get(0).score().score()).isEqualTo(new BigDecimal("9.6581"));
        }
    }

    @Nested
    class Report {
        @Test
        void optionSharesAmongValidResponses() {
            SurveyReport report = run(response("R1").answer(39, "一般").answer(18, "没了解过"),
                    response("R2").answer(39, "一般"), response("R3"), response("R4").answer(39, "x"));
            CitySurvey c = city(report);
            List<OptionShare> q39 = c.questions().get(38).options();
            assertThat(q39).extracting(o -> o.label() + "=" + o.count() + "/" + o.share())
                    .containsExactly("非常满意=1/0.3333", "比较满意=0/0.0000", "一般=2/0.6667", "不满意=0/0.0000");
            List<OptionShare> q18 = c.questions().get(17).options();
            assertThat(q18.get(0).count()).isEqualTo(2); // 新闻媒体 ticked by R2 and R3
            assertThat(q18.get(6).label()).isEqualTo("没了解过");
            assertThat(q18.get(6).count()).isEqualTo(1);
        }

        @Test
        void citiesInFirstAppearanceOrder() {
            SurveyReport report = run(response("R1").city("湛江市"), response("R2"), response("R3").city("湛江市"));
            assertThat(report.cities()).extracting(CitySurvey::city).containsExactly("湛江市", "茂名市");
        }

        @Test
        void outcomesForTheScoringEngine() {
            SurveyReport report = run(response("R1"), response("R2").categories("公务员|学生").yes(0),
                    response("R3").city("湛江市").answer(1, "x"));
            assertThat(report.outcomes()).containsOnlyKeys("茂名市");
            var outcome = report.outcomes().get("茂名市");
            // index = 100/200 × 1 + 100/200 × 4/39 = 43/78 = 0.551282… → 5.5128
            assertThat(outcome.score()).isEqualTo(new BigDecimal("5.5128"));
            assertThat(outcome.explanation()).isEqualTo("有效问卷 2 份；指数 0.5513；类别：企业人员, 公务员 → 5.5128");
        }

        @Test
        void noValidResponseNoScore() {
            SurveyReport report = run(response("R1").answer(1, ""));
            assertThat(city(report).score()).isNull();
            assertThat(city(report).questions().get(0).options().get(0).share()).isNull();
            assertThat(report.outcomes()).isEmpty();
        }

        @Test
        void finishedRunsTakeNoMore() {
            SurveyAccumulator acc = analyzer.start(Gd2017.scheme());
            acc.finish();
            assertThatThrownBy(() -> acc.accept(response("R1").build())).isInstanceOf(IllegalStateException.class);
        }
    }
}
