package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.List;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.model.scheme.Band;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.ExternalRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/** Builds small schemes in test code: facts, one dimension/indicator at a time, items with typed rules. */
final class TestScheme {
    private static final SchemeFactory F = SchemeFactory.eINSTANCE;
    final Scheme scheme = F.createScheme();
    private Dimension dimension;
    private Indicator indicator;

    TestScheme(String baseMax, String bonusMax) {
        scheme.setId("test");
        scheme.setVersion("1.0.0");
        scheme.setNameZh("测试方案");
        scheme.setBaseMax(d(baseMax));
        scheme.setBonusMax(d(bonusMax));
    }

    /** A scheme with one base dimension (max 100) and one indicator, ready for items. */
    static TestScheme single(String indicatorMax) {
        TestScheme t = new TestScheme("100", "10");
        t.dimension("1", "维度", "100", false);
        t.indicator("1.1", "指标", indicatorMax);
        return t;
    }

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    // --- facts ---

    FactDefinition fact(String id, String label, FactType type) {
        FactDefinition f = F.createFactDefinition();
        f.setId(id);
        f.setLabel(label);
        f.setType(type);
        scheme.getFacts().add(f);
        return f;
    }

    FactDefinition bool(String id, String label) {
        return fact(id, label, FactType.BOOL);
    }

    FactDefinition count(String id, String label) {
        return fact(id, label, FactType.COUNT);
    }

    FactDefinition rate(String id, String label) {
        return fact(id, label, FactType.RATE);
    }

    FactDefinition money(String id, String label) {
        return fact(id, label, FactType.MONEY);
    }

    FactDefinition points(String id, String label, String max) {
        FactDefinition f = fact(id, label, FactType.POINTS);
        f.setMax(d(max));
        return f;
    }

    /** Levels as code/label pairs: {@code level(id, label, "standalone", "单设信用办", "none", "未设立")}. */
    FactDefinition level(String id, String label, String... codesAndLabels) {
        FactDefinition f = fact(id, label, FactType.LEVEL);
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            LevelDefinition l = F.createLevelDefinition();
            l.setCode(codesAndLabels[i]);
            l.setLabel(codesAndLabels[i + 1]);
            f.getLevels().add(l);
        }
        return f;
    }

    static FactDefinition optional(FactDefinition f, String defaultValue) {
        f.setOptional(true);
        f.setDefaultValue(defaultValue);
        return f;
    }

    // --- structure ---

    Dimension dimension(String id, String name, String max, boolean bonus) {
        dimension = F.createDimension();
        dimension.setId(id);
        dimension.setName(name);
        dimension.setMax(d(max));
        dimension.setBonus(bonus);
        scheme.getDimensions().add(dimension);
        return dimension;
    }

    Indicator indicator(String id, String name, String max) {
        indicator = F.createIndicator();
        indicator.setId(id);
        indicator.setName(name);
        indicator.setMax(d(max));
        dimension.getIndicators().add(indicator);
        return indicator;
    }

    Item item(String id, String label, Rule rule) {
        Item item = F.createItem();
        item.setId(id);
        item.setLabel(label);
        item.setRule(rule);
        indicator.getItems().add(item);
        return item;
    }

    /** An item whose id and label are its (only) fact's. */
    Item item(FactDefinition fact, Rule rule) {
        return item(fact.getId(), fact.getLabel(), rule);
    }

    CapGroup capGroup(String max, Item... items) {
        CapGroup g = F.createCapGroup();
        g.setMax(d(max));
        g.getItems().addAll(List.of(items));
        indicator.getCapGroups().add(g);
        return g;
    }

    static Item gate(Item item, FactDefinition fact, GateCondition condition) {
        Gate g = F.createGate();
        g.setFact(fact);
        g.setCondition(condition);
        item.getGates().add(g);
        return item;
    }

    static Item deduct(Item item, FactDefinition fact, String pointsEach) {
        item.getDeductions().add(deduction(fact, pointsEach));
        return item;
    }

    // --- rules ---

    static CheckRule check(FactDefinition fact, String points) {
        CheckRule r = F.createCheckRule();
        r.setFact(fact);
        r.setPoints(d(points));
        return r;
    }

    static PerUnitRule perUnit(FactDefinition fact, String pointsPerUnit, String cap) {
        PerUnitRule r = F.createPerUnitRule();
        r.setFact(fact);
        r.setPointsPerUnit(d(pointsPerUnit));
        r.setCap(d(cap));
        return r;
    }

    static PerUnitRule perUnit(FactDefinition fact, String pointsPerUnit, String unitSize, String cap) {
        PerUnitRule r = perUnit(fact, pointsPerUnit, cap);
        r.setUnitSize(d(unitSize));
        return r;
    }

    static RatioRule ratio(FactDefinition actual, FactDefinition target, String points) {
        RatioRule r = F.createRatioRule();
        r.setActual(actual);
        r.setTarget(target);
        r.setPoints(d(points));
        return r;
    }

    /** Bands as lowerBound/points pairs. */
    static BandsRule bands(FactDefinition fact, String... boundsAndPoints) {
        BandsRule r = F.createBandsRule();
        r.setFact(fact);
        for (int i = 0; i < boundsAndPoints.length; i += 2) {
            Band b = F.createBand();
            b.setLowerBound(d(boundsAndPoints[i]));
            b.setPoints(d(boundsAndPoints[i + 1]));
            r.getBands().add(b);
        }
        return r;
    }

    /** Levels as code/points pairs. */
    static LevelRule levels(FactDefinition fact, String... codesAndPoints) {
        LevelRule r = F.createLevelRule();
        r.setFact(fact);
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            LevelScore s = F.createLevelScore();
            s.setLevel(codesAndPoints[i]);
            s.setPoints(d(codesAndPoints[i + 1]));
            r.getScores().add(s);
        }
        return r;
    }

    static LevelRule withPointsFact(LevelRule rule, String code, FactDefinition pointsFact) {
        LevelScore s = F.createLevelScore();
        s.setLevel(code);
        s.setPointsFact(pointsFact);
        rule.getScores().add(s);
        return rule;
    }

    static StepDownRule stepDown(FactDefinition fact, String full, String threshold, String step, String decrement,
            String floor) {
        StepDownRule r = F.createStepDownRule();
        r.setFact(fact);
        r.setFull(d(full));
        r.setThreshold(d(threshold));
        r.setStep(d(step));
        r.setDecrement(d(decrement));
        r.setFloor(d(floor));
        return r;
    }

    static Deduction deduction(FactDefinition fact, String pointsEach) {
        Deduction x = F.createDeduction();
        x.setFact(fact);
        x.setPointsEach(d(pointsEach));
        return x;
    }

    static DeductionRule deductionRule(String full, Deduction... deductions) {
        DeductionRule r = F.createDeductionRule();
        r.setFull(d(full));
        r.getDeductions().addAll(List.of(deductions));
        return r;
    }

    static DiscretionaryRule discretionary(FactDefinition fact, String max) {
        DiscretionaryRule r = F.createDiscretionaryRule();
        r.setFact(fact);
        r.setMax(d(max));
        return r;
    }

    static ExternalRule external(FactDefinition fact, String max, String body) {
        ExternalRule r = F.createExternalRule();
        r.setFact(fact);
        r.setMax(d(max));
        r.setBody(body);
        return r;
    }

    static SurveyRule survey(FactDefinition fallback, String max) {
        SurveyRule r = F.createSurveyRule();
        r.setFallbackFact(fallback);
        r.setMax(d(max));
        return r;
    }

    RulePack pack() {
        return new RulePack() {
            @Override
            public String id() {
                return scheme.getId();
            }

            @Override
            public String version() {
                return scheme.getVersion();
            }

            @Override
            public String name() {
                return scheme.getNameZh();
            }

            @Override
            public Scheme scheme() {
                return scheme;
            }

            @Override
            public String origin() {
                return "test";
            }

            @Override
            public List<PackDiagnostic> warnings() {
                return List.of();
            }
        };
    }
}
