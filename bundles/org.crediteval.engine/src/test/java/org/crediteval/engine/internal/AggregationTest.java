package org.crediteval.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.crediteval.engine.internal.Scoring.first;
import static org.crediteval.engine.internal.Scoring.indicator;
import static org.crediteval.engine.internal.Scoring.item;
import static org.crediteval.engine.internal.TestScheme.bands;
import static org.crediteval.engine.internal.TestScheme.check;
import static org.crediteval.engine.internal.TestScheme.gate;
import static org.crediteval.engine.internal.TestScheme.levels;
import static org.crediteval.engine.internal.TestScheme.perUnit;

import java.util.Map;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Item;
import org.junit.jupiter.api.Test;

/** Indicator caps, cap groups, dimensions, base and bonus, missing order and subject order. */
class AggregationTest {

    @Test
    void indicatorCapsTheSumButItemsKeepTheirScores() {
        // gd-2017 3.2: 每项2分 with a 2-point indicator
        TestScheme t = TestScheme.single("2");
        FactDefinition rules = t.bool("3.2.info_rules", "公共信用信息管理制度");
        FactDefinition policy = t.bool("3.2.market_policy", "信用服务市场政策文件");
        t.item(rules, check(rules, "2"));
        t.item(policy, check(policy, "2"));
        SubjectResult s = first(t, TestEvidence.of("茂名市").fact("3.2.info_rules", "是").fact("3.2.market_policy", "是"));
        IndicatorResult ind = indicator(s, "1.1");
        assertThat(ind.score().toPlainString()).isEqualTo("2");
        assertThat(ind.items()).extracting(i -> i.score().toPlainString()).containsExactly("2", "2");
        assertThat(ind.items()).extracting(i -> i.max().toPlainString()).containsExactly("2", "2");
        SubjectResult one = first(t, TestEvidence.of("茂名市").fact("3.2.info_rules", "是").fact("3.2.market_policy", "否"));
        assertThat(indicator(one, "1.1").score().toPlainString()).isEqualTo("2");
    }

    /** js-2012 6.3: three event lines capped together at 5, beside a level and a bands item. */
    private static TestScheme publicity() {
        TestScheme t = new TestScheme("30", "0");
        t.dimension("6", "工作组织推进", "30", false);
        t.indicator("6.3", "宣传推广", "30");
        FactDefinition publicity = t.level("6.3.publicity", "宣传形式", "rich", "形式多样效果良好", "basic", "有经费但手段单一",
                "none", "无");
        FactDefinition trainees = t.count("6.3.trainees", "参加信用管理师等培训人次");
        FactDefinition large = t.count("6.3.large_events", "人数超过100的活动次数");
        FactDefinition small = t.count("6.3.small_events", "人数100以内的活动次数");
        FactDefinition dept = t.count("6.3.department_events", "其他部门单位举办的活动次数");
        t.item(publicity, levels(publicity, "rich", "5", "basic", "3", "none", "0"));
        t.item(trainees, bands(trainees, "100", "20", "60", "10", "10", "5"));
        Item l = t.item(large, perUnit(large, "5", null));
        Item s = t.item(small, perUnit(small, "3", null));
        Item d = t.item(dept, perUnit(dept, "1", null));
        t.capGroup("5", l, s, d);
        return t;
    }

    @Test
    void capGroupCapsTheGroupSumAndSaysSoInItsItems() {
        SubjectResult s = first(publicity(), TestEvidence.of("南京市").fact("6.3.publicity", "rich").fact("6.3.trainees", "100")
                .fact("6.3.large_events", "1").fact("6.3.small_events", "1").fact("6.3.department_events", "0"));
        IndicatorResult ind = indicator(s, "6.3");
        assertThat(ind.score().toPlainString()).isEqualTo("30");
        assertThat(ind.items()).extracting(i -> i.score().toPlainString()).containsExactly("5", "20", "5", "3", "0");
        assertThat(ind.items()).extracting(i -> i.max().toPlainString()).containsExactly("5", "20", "5", "5", "5");
        assertThat(item(s, "6.3.small_events").explanation()).isEqualTo(
                "人数100以内的活动次数 = 1 × 3 = 3；同组 6.3.large_events、6.3.small_events、6.3.department_events 合计 8，封顶 5");
        assertThat(item(s, "6.3.large_events").explanation()).endsWith("合计 8，封顶 5");
    }

    @Test
    void capGroupBelowItsCapChangesNothing() {
        SubjectResult s = first(publicity(), TestEvidence.of("南京市").fact("6.3.publicity", "basic").fact("6.3.trainees", "10")
                .fact("6.3.large_events", "0").fact("6.3.small_events", "1").fact("6.3.department_events", "2"));
        IndicatorResult ind = indicator(s, "6.3");
        assertThat(ind.score().toPlainString()).isEqualTo("13"); // 3 + 5 + (0 + 3 + 2)
        assertThat(item(s, "6.3.department_events").explanation()).isEqualTo("其他部门单位举办的活动次数 = 2 × 1 = 2");
    }

    @Test
    void capGroupOfCappedItems() {
        // js-2012 6.1: party documents (5 each, cap 15) and other documents (1 each, cap 3) together capped at 15
        TestScheme t = TestScheme.single("70");
        FactDefinition party = t.count("6.1.party_government_documents", "以市委市政府名义制定的文件数");
        FactDefinition other = t.count("6.1.other_documents", "以其他名义发文数");
        Item p = t.item(party, perUnit(party, "5", "15"));
        Item o = t.item(other, perUnit(other, "1", "3"));
        t.capGroup("15", p, o);
        SubjectResult s = first(t, TestEvidence.of("南京市").fact("6.1.party_government_documents", "3")
                .fact("6.1.other_documents", "3"));
        assertThat(indicator(s, "1.1").score().toPlainString()).isEqualTo("15");
        SubjectResult fewer = first(t, TestEvidence.of("南京市").fact("6.1.party_government_documents", "2")
                .fact("6.1.other_documents", "4"));
        assertThat(indicator(fewer, "1.1").score().toPlainString()).isEqualTo("13");
        assertThat(item(fewer, "6.1.other_documents").explanation()).isEqualTo("以其他名义发文数 = 4 × 1 = 4，封顶 3 → 3");
    }

    /** Two base dimensions and a bonus dimension, with every total checked. */
    private static TestScheme twoDimensionsAndBonus() {
        TestScheme t = new TestScheme("100", "10");
        FactDefinition b = t.bool("1.1.b", "事项乙");
        FactDefinition a = t.bool("1.1.a", "事项甲");
        FactDefinition c = t.bool("2.1.c", "事项丙");
        FactDefinition media = t.count("9.1.media", "媒体报道次数");
        FactDefinition awards = t.count("9.1.awards", "表彰次数");
        t.dimension("1", "维度一", "50", false);
        t.indicator("1.1", "指标一", "50");
        t.item(a, check(a, "25"));
        gate(t.item(b, check(b, "25")), a, GateCondition.TRUE);
        t.dimension("2", "维度二", "50", false);
        t.indicator("2.1", "指标二", "50");
        t.item(c, check(c, "50"));
        t.dimension("9", "特色与创新", "10", true);
        t.indicator("9.1", "特色工作与创新经验", "10");
        t.item(media, perUnit(media, "4", null));
        t.item(awards, perUnit(awards, "3", null));
        return t;
    }

    @Test
    void baseBonusAndTotal() {
        SubjectResult s = first(twoDimensionsAndBonus(), TestEvidence.of("茂名市").fact("1.1.a", "是").fact("1.1.b", "是")
                .fact("2.1.c", "是").fact("9.1.media", "2").fact("9.1.awards", "1"));
        assertThat(s.base().toString()).isEqualTo("100");
        assertThat(s.base().toPlainString()).isEqualTo("100");
        assertThat(s.baseMax().toPlainString()).isEqualTo("100");
        assertThat(s.bonus().toPlainString()).isEqualTo("10");
        assertThat(s.bonusMax().toPlainString()).isEqualTo("10");
        assertThat(s.total().toPlainString()).isEqualTo("110");
        assertThat(s.dimensions()).extracting(DimensionResult::id, DimensionResult::bonus)
                .containsExactly(tuple("1", false), tuple("2", false), tuple("9", true));
        assertThat(s.dimensions().get(2).score().toPlainString()).isEqualTo("10");
        assertThat(indicator(s, "9.1").items()).extracting(i -> i.score().toPlainString()).containsExactly("8", "3");
        assertThat(s.missing()).isEmpty();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void bonusStaysOutOfBase() {
        SubjectResult s = first(twoDimensionsAndBonus(), TestEvidence.of("茂名市").fact("1.1.a", "否").fact("1.1.b", "是")
                .fact("2.1.c", "是").fact("9.1.media", "1").fact("9.1.awards", "0"));
        assertThat(s.base().toPlainString()).isEqualTo("50");
        assertThat(s.bonus().toPlainString()).isEqualTo("4");
        assertThat(s.total().toPlainString()).isEqualTo("54");
        assertThat(s.dimensions().get(0).score().toPlainString()).isEqualTo("0");
        assertThat(s.dimensions().get(0).max().toPlainString()).isEqualTo("50");
    }

    @Test
    void missingFollowsSchemeFactOrderOnceEach() {
        // facts are declared b, a, c, media, awards; items read a first, and a again as b's gate
        SubjectResult s = first(twoDimensionsAndBonus(), TestEvidence.of("茂名市").fact("9.1.media", "1"));
        assertThat(s.missing()).containsExactly("1.1.b", "1.1.a", "2.1.c", "9.1.awards");
        ItemResult b = item(s, "1.1.b");
        assertThat(b.explanation()).isEqualTo("缺失：1.1.b、1.1.a → 0");
        assertThat(b.facts()).containsExactly("1.1.b", "1.1.a");
    }

    @Test
    void subjectsInInputOrderEachWithItsOwnMissingList() {
        ScoreResult r = Scoring.run(twoDimensionsAndBonus(), TestEvidence.of("湛江市").fact("1.1.a", "是")
                .subject("茂名市").fact("2.1.c", "是").subject("广州市"), Map.of());
        assertThat(r.pack().id()).isEqualTo("test");
        assertThat(r.pack().version()).isEqualTo("1.0.0");
        assertThat(r.subjects()).extracting(SubjectResult::subject).containsExactly("湛江市", "茂名市", "广州市");
        assertThat(r.subjects().get(0).missing()).containsExactly("1.1.b", "2.1.c", "9.1.media", "9.1.awards");
        assertThat(r.subjects().get(0).base().toPlainString()).isEqualTo("25");
        assertThat(r.subjects().get(1).missing()).containsExactly("1.1.b", "1.1.a", "9.1.media", "9.1.awards");
        assertThat(r.subjects().get(2).total().toPlainString()).isEqualTo("0");
    }

    @Test
    void sumsKeepExactDecimals() {
        // forty 0.2 checks: 8.0 exactly, not 7.999999…
        TestScheme t = TestScheme.single("8");
        TestEvidence e = TestEvidence.of("茂名市");
        for (int i = 0; i < 40; i++) {
            FactDefinition f = t.bool("8.1.f" + i, "措施" + i);
            t.item(f, check(f, "0.2"));
            e.fact(f.getId(), "是");
        }
        SubjectResult s = first(t, e);
        assertThat(indicator(s, "1.1").score()).isEqualByComparingTo("8");
        assertThat(indicator(s, "1.1").score().toPlainString()).isEqualTo("8.0");
        assertThat(s.base().toPlainString()).isEqualTo("8.0");
    }
}
