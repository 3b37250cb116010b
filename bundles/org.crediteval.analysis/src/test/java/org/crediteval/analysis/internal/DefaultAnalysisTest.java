package org.crediteval.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.Rank;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crediteval.testing.SourcePacks;

class DefaultAnalysisTest {
    private final DefaultAnalysis analysis = new DefaultAnalysis();

    @Test
    void factCatalogueDescribesEveryFact() {
        List<FactInfo> facts = analysis.facts(SourcePacks.scheme("gd-2017"));
        assertThat(facts).hasSize(SourcePacks.scheme("gd-2017").getFacts().size());
        FactInfo coverage = find(facts, "4.1.person_coverage");
        assertThat(coverage.label()).isEqualTo("18岁以上户籍人口归集覆盖率");
        assertThat(coverage.type()).isEqualTo("rate");
        assertThat(coverage.max()).isEqualByComparingTo("100");
        assertThat(coverage.points()).isEqualByComparingTo("2");
        assertThat(coverage.dimensionName()).isEqualTo("公共信用信息共享");
        assertThat(coverage.units()).contains("市经信局");

        FactInfo expert = find(facts, "2.2.y2015_expert");
        assertThat(expert.condition()).contains("部分完成");
        assertThat(expert.max()).isEqualByComparingTo("1");
        FactInfo level = find(facts, "2.2.y2015");
        assertThat(level.levels()).extracting(FactInfo.Level::code).containsExactly("full", "partial", "none");
        assertThat(level.allowed()).isEqualTo("全部完成 / 部分完成 / 未完成");
        // 3.2: two 2-point checks under a 2-point indicator: each item is worth at most 2
        assertThat(find(facts, "3.2.market_policy").points()).isEqualByComparingTo("2");

        FactInfo optional = find(analysis.facts(SourcePacks.scheme("js-2012")), "3.3.city_revoked");
        assertThat(optional.optional()).isTrue();
        assertThat(optional.allowed()).contains("可不填");
    }

    @Test
    void taskListGroupsFactsByResponsibleUnitInTheSchemeOrder() {
        TaskList tasks = analysis.tasks(SourcePacks.scheme("gd-2017"));
        assertThat(tasks.checked()).isFalse();
        assertThat(tasks.units().get(0).unit()).isEqualTo("市发展改革委");
        UnitTasks bianban = unit(tasks, "市编办");
        assertThat(bianban.indicators()).extracting(IndicatorTask::indicatorId).containsExactly("1.1", "3.1");
        assertThat(bianban.indicators().get(0).sharedWith()).containsExactly("市发展改革委", "各区、县级市");
        // every fact of the pack is somebody's task
        Set<String> covered = new HashSet<>();
        tasks.units().forEach(u -> u.indicators().forEach(i -> i.facts().forEach(f -> covered.add(f.fact().id()))));
        assertThat(covered).hasSize(SourcePacks.scheme("gd-2017").getFacts().size());

        TaskList js = analysis.tasks(SourcePacks.scheme("js-2012"));
        assertThat(js.units()).extracting(UnitTasks::unit).containsExactly(TaskList.UNASSIGNED);
    }

    /** The raw-evidence check must agree with the engine's missing lists, branches and optional facts included. */
    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void missingFromEvidenceAgreesWithTheEngine(String pack) throws Exception {
        Evidence evidence = SourcePacks.examples(pack);
        ScoreResult result = SourcePacks.score(pack, evidence);
        TaskList fromEvidence = analysis.tasks(SourcePacks.scheme(pack), evidence);
        TaskList fromResult = analysis.tasks(SourcePacks.scheme(pack), result);
        assertThat(missingByFact(fromEvidence)).isEqualTo(missingByFact(fromResult));
        assertThat(fromEvidence.subjects()).isEqualTo(evidence.subjects());
        int listed = result.subjects().stream().mapToInt(s -> s.missing().size()).sum();
        assertThat(listed).isPositive(); // the examples leave some facts out on purpose
    }

    @Test
    void expertScoreIsMissingOnlyUnderItsLevel() {
        var scheme = SourcePacks.scheme("gd-2017");
        Evidence partial = SourcePacks.evidence("茂名市", "2.2.y2015=部分完成", "2.2.y2016=full");
        TaskList tasks = analysis.tasks(scheme, partial);
        Map<String, List<String>> missing = missingByFact(tasks);
        assertThat(missing.get("2.2.y2015_expert")).containsExactly("茂名市");
        assertThat(missing.get("2.2.y2016_expert")).isEmpty();
        assertThat(missing.get("1.1.institution")).containsExactly("茂名市");
        assertThat(unit(tasks, "市编办").missing()).isPositive();
    }

    @Test
    void gapsRankItemsByObtainablePointsWithWhatToChange() throws Exception {
        Evidence evidence = SourcePacks.evidence("茂名市",
                "1.1.institution=是", "1.1.duties=否",
                "3.2.info_rules=是", "3.2.market_policy=否",
                "4.1.person_coverage=92", "4.1.contributing_units=10",
                "5.2.expert=1", "9.1.media_municipal=1");
        ScoreResult result = SourcePacks.score("gd-2017", evidence);
        SubjectGaps gaps = analysis.gaps(result, SourcePacks.scheme("gd-2017")).get(0);

        assertThat(gaps.gaps()).extracting(Gap::obtainable).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(gaps.gaps()).noneMatch(g -> g.itemId().equals("3.2.market_policy")); // 3.2 is already full
        Gap duties = gap(gaps, "1.1.duties");
        assertThat(duties.obtainable()).isEqualByComparingTo("0.5");
        assertThat(duties.missing()).isFalse();
        assertThat(duties.facts().get(0).action()).isEqualTo("改为“是”（0.5 分）");
        assertThat(duties.units()).contains("市编办");

        Gap coverage = gap(gaps, "4.1.person_coverage");
        assertThat(coverage.score()).isEqualByComparingTo("1.7");
        assertThat(coverage.obtainable()).isEqualByComparingTo("0.3");
        assertThat(coverage.facts().get(0).action()).isEqualTo("提高到 95% 以上（满分 2 分）");
        Gap units = gap(gaps, "4.1.contributing_units");
        assertThat(units.obtainable()).isEqualByComparingTo("1.6");
        assertThat(units.facts().get(0).action()).isEqualTo("达到 50 以上（每 1 个计 0.04 分，最高 2 分）");

        Gap staff = gap(gaps, "1.1.staff");
        assertThat(staff.missing()).isTrue();
        assertThat(staff.facts().get(0).action()).isEqualTo("补充提供");
        Gap expert = gap(gaps, "5.2.expert");
        assertThat(expert.obtainable()).isEqualByComparingTo("2");
        assertThat(expert.facts().get(0).action()).isEqualTo("专家酌情评分（最高 3 分）");

        SubjectResult s = result.subjects().get(0);
        assertThat(gaps.total()).isEqualByComparingTo(s.total());
        assertThat(gaps.obtainable()).isEqualByComparingTo(gaps.totalMax().subtract(s.total()));
        // the biggest gaps are the 10-point survey and the bonus
        assertThat(gaps.gaps().get(0).obtainable()).isEqualByComparingTo("10");
        assertThat(duties.limit()).isNull();
        // 9.1 already has 2 of its 10 points: each bonus item could add 4 at most (national media), but 8 is left
        Gap national = gap(gaps, "9.1.media_national");
        assertThat(national.obtainable()).isEqualByComparingTo("8");
        assertThat(national.limit()).isEqualTo("指标 9.1 满分 10 分");
    }

    @Test
    void aPerfectSubjectHasNothingAtStake() throws Exception {
        var golden = SourcePacks.root().resolve("rulepacks/gd-2017/golden/01-all-perfect/evidence.csv");
        ScoreResult result = SourcePacks.score("gd-2017", new org.crediteval.io.evidence.csv.CsvEvidenceImporter().read(golden));
        for (SubjectGaps g : analysis.gaps(result, SourcePacks.scheme("gd-2017"))) {
            assertThat(g.gaps()).isEmpty();
            assertThat(g.obtainable()).isEqualByComparingTo("0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void obtainableNeverExceedsWhatIsLeft(String pack) throws Exception {
        ScoreResult result = SourcePacks.score(pack, SourcePacks.examples(pack));
        List<SubjectGaps> all = analysis.gaps(result, SourcePacks.scheme(pack));
        List<SubjectGaps> withoutScheme = analysis.gaps(result, null);
        for (int n = 0; n < all.size(); n++) {
            SubjectGaps g = all.get(n);
            SubjectResult s = result.subjects().get(n);
            assertThat(g.subject()).isEqualTo(s.subject());
            assertThat(g.obtainable()).isLessThanOrEqualTo(g.totalMax().subtract(g.total()));
            BigDecimal sum = g.gaps().stream().map(Gap::obtainable).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(g.obtainable()).isLessThanOrEqualTo(sum);
            for (Gap gap : g.gaps()) {
                assertThat(gap.obtainable()).isPositive().isLessThanOrEqualTo(gap.max().subtract(gap.score()));
            }
            // without the scheme every item is still found; cap groups (js-2012 6.3) are unknown, so maybe more
            assertThat(withoutScheme.get(n).gaps()).extracting(Gap::itemId)
                    .containsAll(g.gaps().stream().map(Gap::itemId).toList());
        }
    }

    @Test
    void rankingSharesPlacesOnEqualTotals() throws Exception {
        Evidence a = SourcePacks.evidence("甲市", "1.1.institution=是");
        Evidence b = SourcePacks.evidence("乙市", "1.2.leadership=是");
        Evidence c = SourcePacks.evidence("丙市", "1.1.duties=是");
        List<org.crediteval.api.evidence.RawFact> facts = new java.util.ArrayList<>();
        facts.addAll(a.facts());
        facts.addAll(b.facts());
        facts.addAll(c.facts());
        ScoreResult result = SourcePacks.score("gd-2017", new Evidence(List.of("甲市", "乙市", "丙市"), facts));
        List<Rank> ranking = analysis.ranking(result);
        assertThat(ranking).extracting(Rank::subject).containsExactly("乙市", "甲市", "丙市");
        assertThat(ranking).extracting(Rank::rank).containsExactly(1, 2, 2);
    }

    private static Map<String, List<String>> missingByFact(TaskList tasks) {
        Map<String, List<String>> missing = new HashMap<>();
        for (UnitTasks u : tasks.units()) {
            for (IndicatorTask i : u.indicators()) {
                for (FactTask f : i.facts()) missing.put(f.fact().id(), f.missingFor());
            }
        }
        return missing;
    }

    private static UnitTasks unit(TaskList tasks, String name) {
        return tasks.units().stream().filter(u -> u.unit().equals(name)).findFirst().orElseThrow();
    }

    private static FactInfo find(List<FactInfo> facts, String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static Gap gap(SubjectGaps gaps, String item) {
        return gaps.gaps().stream().filter(g -> g.itemId().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap for " + item + " in " + gaps.gaps()));
    }
}
