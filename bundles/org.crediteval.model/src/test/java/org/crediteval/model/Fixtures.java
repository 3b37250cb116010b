package org.crediteval.model;

import java.math.BigDecimal;

import org.crediteval.model.scheme.AnswerOption;
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
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.QuestionKind;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RatioRule;
import org.crediteval.model.scheme.RespondentCategory;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemeFactory;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * A small scheme that is valid without a single warning and uses every rule kind, a gate of each
 * condition, an item deduction, a cap group, an optional fact and a questionnaire. Tests break one thing.
 *
 * <pre>
 * base 10 = dimension 1 (10) = indicator 1.1 (6): check 1 + per-unit cap 2 (cap group 3) + ratio 2 + bands 1
 *                            + indicator 1.2 (4): level 2 + step-down 1 + deduction 1
 * bonus 2 = dimension 2 (2)  = indicator 2.1 (2): discretionary 1 + external 0.5 + survey 0.5
 * </pre>
 */
public final class Fixtures {

    public static final SchemeFactory F = SchemeFactory.eINSTANCE;

    public final Scheme scheme = F.createScheme();
    public final Dimension d1;
    public final Dimension d2;
    public final Indicator i11;
    public final Indicator i12;
    public final Indicator i21;
    public final Item check;
    public final Item perUnit;
    public final Item ratio;
    public final Item bands;
    public final Item level;
    public final Item stepDown;
    public final Item deduction;
    public final Item discretionary;
    public final Item external;
    public final Item survey;
    public final CapGroup capGroup;
    public final Questionnaire questionnaire;

    public Fixtures() {
        scheme.setId("t");
        scheme.setVersion("1.0.0");
        scheme.setNameZh("测试");
        scheme.setBaseMax(dec("10"));
        scheme.setBonusMax(dec("2"));

        FactDefinition fBool = fact("f.bool", FactType.BOOL);
        FactDefinition fCount = fact("f.count", FactType.COUNT);
        FactDefinition fDone = fact("f.done", FactType.COUNT);
        FactDefinition fPlan = fact("f.plan", FactType.COUNT);
        FactDefinition fRevoked = fact("f.revoked", FactType.COUNT);
        fRevoked.setOptional(true);
        fRevoked.setDefaultValue("0");
        FactDefinition fRate = fact("f.rate", FactType.RATE);
        FactDefinition fLevel = fact("f.level", FactType.LEVEL);
        for (String code : new String[] {"a", "b", "c"}) {
            LevelDefinition l = F.createLevelDefinition();
            l.setCode(code);
            fLevel.getLevels().add(l);
        }
        FactDefinition fExpert = points("f.expert", "1");
        FactDefinition fCover = fact("f.cover", FactType.RATE);
        FactDefinition fGate = fact("f.gate", FactType.BOOL);
        FactDefinition fZero = fact("f.zero", FactType.COUNT);
        FactDefinition fAbsences = fact("f.absences", FactType.COUNT);
        FactDefinition fDisc = points("f.disc", "1");
        FactDefinition fExt = points("f.ext", "0.5");
        FactDefinition fSurvey = points("f.survey", "0.5");

        d1 = dimension("1", "10", false);
        d2 = dimension("2", "2", true);
        i11 = indicator(d1, "1.1", "6");
        i12 = indicator(d1, "1.2", "4");
        i21 = indicator(d2, "2.1", "2");

        CheckRule c = F.createCheckRule();
        c.setFact(fBool);
        c.setPoints(dec("1"));
        check = item(i11, "f.bool", c);
        check.getGates().add(gate(fZero, GateCondition.ZERO));

        PerUnitRule pu = F.createPerUnitRule();
        pu.setFact(fCount);
        pu.setPointsPerUnit(dec("0.5"));
        pu.setCap(dec("2"));
        perUnit = item(i11, "f.count", pu);

        RatioRule ra = F.createRatioRule();
        ra.setActual(fDone);
        ra.setTarget(fPlan);
        ra.setPoints(dec("2"));
        ratio = item(i11, "1.1.ratio", ra);
        ratio.getDeductions().add(deduction(fRevoked, "1"));

        BandsRule br = F.createBandsRule();
        br.setFact(fRate);
        br.getBands().add(band("90", "1"));
        br.getBands().add(band("50", "0.5"));
        bands = item(i11, "f.rate", br);

        capGroup = F.createCapGroup();
        capGroup.setMax(dec("3"));
        capGroup.getItems().add(check);
        capGroup.getItems().add(perUnit);
        i11.getCapGroups().add(capGroup);

        LevelRule lr = F.createLevelRule();
        lr.setFact(fLevel);
        lr.getScores().add(levelScore("a", dec("2"), null));
        lr.getScores().add(levelScore("b", null, fExpert));
        lr.getScores().add(levelScore("c", dec("0"), null));
        level = item(i12, "f.level", lr);

        StepDownRule sd = F.createStepDownRule();
        sd.setFact(fCover);
        sd.setFull(dec("1"));
        sd.setThreshold(dec("95"));
        sd.setStep(dec("1"));
        sd.setDecrement(dec("0.1"));
        sd.setFloor(dec("90"));
        stepDown = item(i12, "f.cover", sd);
        stepDown.getGates().add(gate(fGate, GateCondition.TRUE));

        DeductionRule dr = F.createDeductionRule();
        dr.setFull(dec("1"));
        dr.getDeductions().add(deduction(fAbsences, "0.5"));
        deduction = item(i12, "f.absences", dr);

        DiscretionaryRule di = F.createDiscretionaryRule();
        di.setFact(fDisc);
        di.setMax(dec("1"));
        discretionary = item(i21, "f.disc", di);

        ExternalRule ex = F.createExternalRule();
        ex.setFact(fExt);
        ex.setMax(dec("0.5"));
        external = item(i21, "f.ext", ex);

        questionnaire = F.createQuestionnaire();
        questionnaire.setId("q");
        questionnaire.getCategories().add(category("A", 10));
        questionnaire.getCategories().add(category("B", 5));
        questionnaire.getQuestions().add(question(1, QuestionKind.SINGLE, "是", 1, 1, "否", 0, 1));
        questionnaire.getQuestions().add(question(2, QuestionKind.MULTI_SHARE, "x", 1, 1, "y", 1, 1));
        scheme.setQuestionnaire(questionnaire);

        SurveyRule su = F.createSurveyRule();
        su.setFallbackFact(fSurvey);
        su.setMax(dec("0.5"));
        su.setQuestionnaire(questionnaire);
        survey = item(i21, "f.survey", su);
    }

    public FactDefinition fact(String id) {
        return scheme.getFacts().stream().filter(f -> id.equals(f.getId())).findFirst().orElseThrow();
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public FactDefinition fact(String id, FactType type) {
        FactDefinition f = F.createFactDefinition();
        f.setId(id);
        f.setLabel(id);
        f.setType(type);
        scheme.getFacts().add(f);
        return f;
    }

    public FactDefinition points(String id, String max) {
        FactDefinition f = fact(id, FactType.POINTS);
        f.setMax(dec(max));
        return f;
    }

    public Dimension dimension(String id, String max, boolean bonus) {
        Dimension d = F.createDimension();
        d.setId(id);
        d.setName(id);
        d.setMax(dec(max));
        d.setBonus(bonus);
        scheme.getDimensions().add(d);
        return d;
    }

    public static Indicator indicator(Dimension d, String id, String max) {
        Indicator i = F.createIndicator();
        i.setId(id);
        i.setName(id);
        i.setMax(dec(max));
        d.getIndicators().add(i);
        return i;
    }

    public static Item item(Indicator indicator, String id, Rule rule) {
        Item item = F.createItem();
        item.setId(id);
        item.setLabel(id);
        item.setRule(rule);
        indicator.getItems().add(item);
        return item;
    }

    public static Gate gate(FactDefinition fact, GateCondition condition) {
        Gate g = F.createGate();
        g.setFact(fact);
        g.setCondition(condition);
        return g;
    }

    public static Deduction deduction(FactDefinition fact, String each) {
        Deduction d = F.createDeduction();
        d.setFact(fact);
        d.setPointsEach(dec(each));
        return d;
    }

    public static Band band(String lower, String points) {
        Band b = F.createBand();
        b.setLowerBound(dec(lower));
        b.setPoints(dec(points));
        return b;
    }

    public static LevelScore levelScore(String code, BigDecimal points, FactDefinition pointsFact) {
        LevelScore s = F.createLevelScore();
        s.setLevel(code);
        s.setPoints(points);
        s.setPointsFact(pointsFact);
        return s;
    }

    public static RespondentCategory category(String code, int quota) {
        RespondentCategory c = F.createRespondentCategory();
        c.setCode(code);
        c.setQuota(quota);
        return c;
    }

    public static Question question(int number, QuestionKind kind, Object... options) {
        Question q = F.createQuestion();
        q.setNumber(number);
        q.setKind(kind);
        for (int i = 0; i < options.length; i += 3) {
            AnswerOption o = F.createAnswerOption();
            o.setLabel((String) options[i]);
            o.setNumerator((Integer) options[i + 1]);
            o.setDenominator((Integer) options[i + 2]);
            q.getOptions().add(o);
        }
        return q;
    }
}
