package org.crediteval.model.validation;

import static org.crediteval.model.Fixtures.dec;
import static org.crediteval.model.validation.SchemeValidator.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.crediteval.model.Fixtures;
import org.crediteval.model.io.SchemeResources;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.DiscretionaryRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.StepDownRule;
import org.crediteval.model.scheme.SurveyRule;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;

class SchemeValidatorTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void fixtureIsValidWithoutWarnings() {
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        assertEquals(Diagnostic.OK, result.getSeverity(), messages(result));
    }

    @Test
    void fixtureSurvivesSaveAndLoad() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemeResources.save(fx.scheme, out);
        Scheme loaded = SchemeResources.load(new ByteArrayInputStream(out.toByteArray()), "fixture.xmi");
        assertEquals(Diagnostic.OK, SchemeValidator.validate(loaded).getSeverity());
    }

    @Test
    void duplicateIds() {
        fx.survey.setId("f.disc");
        fx.i12.setId("1.1");
        fx.d2.setId("1");
        fx.fact("f.ext").setId("f.disc");
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, DUPLICATE_ID, "item f.disc", "item id f.disc");
        expectError(result, DUPLICATE_ID, "indicator 1.1", "indicator id 1.1");
        expectError(result, DUPLICATE_ID, "dimension 1", "dimension id 1");
        expectError(result, DUPLICATE_ID, "fact f.disc", "fact id f.disc");
    }

    @Test
    void duplicateLevelCodeQuestionNumberAndCategoryCode() {
        fx.fact("f.level").getLevels().get(2).setCode("a");
        fx.questionnaire.getQuestions().get(1).setNumber(1);
        fx.questionnaire.getCategories().get(1).setCode("A");
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, DUPLICATE_ID, "level a of fact f.level", "level code id a");
        expectError(result, DUPLICATE_ID, "question 1", "question number id 1");
        expectError(result, DUPLICATE_ID, "category A", "category code id A");
    }

    @Test
    void baseMaxMustBeTheSumOfNonBonusDimensions() {
        fx.scheme.setBaseMax(dec("11"));
        expectError(SchemeValidator.validate(fx.scheme), BASE_MAX_MISMATCH, "scheme t", "sum to 10, but baseMax is 11");
    }

    @Test
    void bonusMaxMustBeTheSumOfBonusDimensions() {
        fx.scheme.setBonusMax(dec("3"));
        expectError(SchemeValidator.validate(fx.scheme), BONUS_MAX_MISMATCH, "scheme t", "sum to 2, but bonusMax is 3");
    }

    @Test
    void dimensionMaxMustBeTheSumOfItsIndicators() {
        fx.i12.setMax(dec("4.5"));
        expectError(SchemeValidator.validate(fx.scheme), DIMENSION_MAX_MISMATCH, "dimension 1",
                "sum to 10.5, but the dimension max is 10");
    }

    @Test
    void factNotInTheSchemeIsUndefined() {
        FactDefinition stray = Fixtures.F.createFactDefinition();
        stray.setId("f.stray");
        stray.setType(FactType.BOOL);
        ((CheckRule) fx.check.getRule()).setFact(stray);
        expectError(SchemeValidator.validate(fx.scheme), UNDEFINED_FACT, "rule of item f.bool",
                "fact f.stray is not defined");
    }

    @Test
    void unresolvedFactReferenceIsUndefined() {
        FactDefinition proxy = Fixtures.F.createFactDefinition();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.xmi#f.missing"));
        fx.ratio.getDeductions().get(0).setFact(proxy);
        expectError(SchemeValidator.validate(fx.scheme), UNDEFINED_FACT, "deduction of item 1.1.ratio",
                "fact f.missing is not defined");
    }

    @Test
    void factTypesMustSuitTheReader() {
        ((CheckRule) fx.check.getRule()).setFact(fx.fact("f.count"));
        fx.check.getGates().get(0).setFact(fx.fact("f.bool"));
        fx.stepDown.getGates().get(0).setFact(fx.fact("f.count"));
        ((PerUnitRule) fx.perUnit.getRule()).setFact(fx.fact("f.bool"));
        ((LevelRule) fx.level.getRule()).getScores().get(1).setPointsFact(fx.fact("f.rate"));
        ((DiscretionaryRule) fx.discretionary.getRule()).setFact(fx.fact("f.count"));
        fx.ratio.getDeductions().get(0).setFact(fx.fact("f.rate"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, FACT_TYPE_MISMATCH, "rule of item f.bool", "fact f.count is count, but must be bool");
        expectError(result, FACT_TYPE_MISMATCH, "gate of item f.bool", "f.bool is bool, but must be count");
        expectError(result, FACT_TYPE_MISMATCH, "gate of item f.cover", "f.count is count, but must be bool");
        expectError(result, FACT_TYPE_MISMATCH, "rule of item f.count", "must be count or rate or money");
        expectError(result, FACT_TYPE_MISMATCH, "level b of item f.level", "pointsFact f.rate is rate, but must be points");
        expectError(result, FACT_TYPE_MISMATCH, "rule of item f.disc", "must be points");
        expectError(result, FACT_TYPE_MISMATCH, "deduction of item 1.1.ratio", "must be count");
    }

    @Test
    void levelRuleMayOnlyScoreTheFactsLevels() {
        ((LevelRule) fx.level.getRule()).getScores().get(2).setLevel("d");
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, UNKNOWN_LEVEL, "level d of item f.level", "has no level d (its levels: a, b, c)");
        expectError(result, LEVEL_WITHOUT_SCORE, "rule of item f.level", "has level c, which the rule does not score");
    }

    @Test
    void levelScoreNeedsExactlyOneOfPointsAndPointsFact() {
        ((LevelRule) fx.level.getRule()).getScores().get(1).setPoints(dec("1"));
        ((LevelRule) fx.level.getRule()).getScores().get(2).setPoints(null);
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, LEVEL_SCORE_SHAPE, "level b of item f.level", "both points and a pointsFact");
        expectError(result, LEVEL_SCORE_SHAPE, "level c of item f.level", "neither points nor a pointsFact");
    }

    @Test
    void bandsMustHaveStrictlyDecreasingLowerBounds() {
        ((BandsRule) fx.bands.getRule()).getBands().get(1).setLowerBound(dec("90"));
        expectError(SchemeValidator.validate(fx.scheme), BANDS_NOT_DECREASING, "band ≥ 90 of item f.rate",
                "lower bound 90 follows 90");
    }

    @Test
    void negativePoints() {
        ((BandsRule) fx.bands.getRule()).getBands().get(1).setPoints(dec("-0.5"));
        fx.ratio.getDeductions().get(0).setPointsEach(dec("-1"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, NEGATIVE_NUMBER, "band ≥ 50 of item f.rate", "points is -0.5, must be ≥ 0");
        expectError(result, NEGATIVE_NUMBER, "deduction of item 1.1.ratio", "pointsEach is -1");
    }

    @Test
    void stepDownParameters() {
        StepDownRule rule = (StepDownRule) fx.stepDown.getRule();
        rule.setFloor(dec("96"));
        rule.setStep(dec("0"));
        rule.setDecrement(dec("-0.1"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, STEP_DOWN_PARAMETERS, "rule of item f.cover", "floor 96 is above threshold 95");
        expectError(result, STEP_DOWN_PARAMETERS, "rule of item f.cover", "step is 0, must be > 0");
        expectError(result, STEP_DOWN_PARAMETERS, "rule of item f.cover", "decrement is -0.1, must be ≥ 0");
    }

    @Test
    void perUnitParameters() {
        PerUnitRule rule = (PerUnitRule) fx.perUnit.getRule();
        rule.setPointsPerUnit(dec("0"));
        rule.setUnitSize(dec("0"));
        rule.setCap(dec("-1"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, PER_UNIT_PARAMETERS, "rule of item f.count", "pointsPerUnit is 0, must be > 0");
        expectError(result, PER_UNIT_PARAMETERS, "rule of item f.count", "unitSize is 0, must be > 0");
        expectError(result, PER_UNIT_PARAMETERS, "rule of item f.count", "cap is -1, must be ≥ 0");
    }

    @Test
    void pointsFactNeedsAMax() {
        fx.fact("f.expert").setMax(null);
        expectError(SchemeValidator.validate(fx.scheme), POINTS_FACT_WITHOUT_MAX, "fact f.expert", "needs a max");
    }

    @Test
    void discretionaryMaxMustBeItsFactsMax() {
        fx.fact("f.disc").setMax(dec("2"));
        expectError(SchemeValidator.validate(fx.scheme), RULE_MAX_NOT_FACT_MAX, "rule of item f.disc",
                "max is 1, but fact f.disc has max 2");
    }

    @Test
    void surveyMaxDifferentFromFallbackMaxIsAWarning() {
        fx.fact("f.survey").setMax(dec("10"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expect(result, Diagnostic.WARNING, RULE_MAX_NOT_FACT_MAX, "rule of item f.survey", "max is 0.5, but fact f.survey has max 10");
    }

    @Test
    void optionalFactNeedsAParseableDefault() {
        fx.fact("f.revoked").setDefaultValue("some");
        FactDefinition rate = fx.fact("f.rate");
        rate.setOptional(true);
        rate.setDefaultValue("120%");
        fx.fact("f.gate").setOptional(true);
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, BAD_DEFAULT_VALUE, "fact f.revoked", "'some' is not a non-negative whole number");
        expectError(result, BAD_DEFAULT_VALUE, "fact f.rate", "'120%' is not a rate in 0…100");
        expectError(result, BAD_DEFAULT_VALUE, "fact f.gate", "needs a defaultValue");
    }

    @Test
    void legalDefaultsOfEachType() {
        String[][] legal = {{"f.gate", "是"}, {"f.count", "3"}, {"f.rate", "95%"}, {"f.expert", "0.5"}, {"f.level", "b"}};
        for (String[] pair : legal) {
            FactDefinition fact = fx.fact(pair[0]);
            fact.setOptional(true);
            fact.setDefaultValue(pair[1]);
        }
        assertEquals(Diagnostic.OK, SchemeValidator.validate(fx.scheme).getSeverity(), messages(SchemeValidator.validate(fx.scheme)));
    }

    @Test
    void levelFactNeedsLevels() {
        FactDefinition bare = fx.fact("f.bare", FactType.LEVEL);
        fx.level.getGates().add(Fixtures.gate(bare, GateCondition.TRUE)); // read, and wrong for a gate
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, LEVEL_FACT_WITHOUT_LEVELS, "fact f.bare", "needs its level codes");
        expectError(result, FACT_TYPE_MISMATCH, "gate of item f.level", "f.bare is level, but must be bool");
    }

    @Test
    void capGroupItemsMustBelongToItsIndicator() {
        fx.capGroup.getItems().add(fx.level);
        expectError(SchemeValidator.validate(fx.scheme), CAP_GROUP_OUTSIDE_INDICATOR, "cap group of indicator 1.1",
                "holds item f.level, which belongs to indicator 1.2");
    }

    @Test
    void unusedFactIsAWarning() {
        fx.fact("f.idle", FactType.BOOL);
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expect(result, Diagnostic.WARNING, UNUSED_FACT, "fact f.idle", "no item reads this fact");
        assertEquals(Diagnostic.WARNING, result.getSeverity());
    }

    @Test
    void itemsAboveTheIndicatorMaxAreOnlyAWarning() {
        // gd-2017 3.2: two 2-point checks in a 2-point indicator
        ((CheckRule) fx.check.getRule()).setPoints(dec("2"));
        fx.capGroup.setMax(dec("4"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expect(result, Diagnostic.WARNING, ITEMS_EXCEED_INDICATOR, "indicator 1.1", "sum to 7, above the indicator max 6");
        assertEquals(Diagnostic.WARNING, result.getSeverity(), messages(result));
    }

    @Test
    void capGroupCountsAtMostItsMaxInTheIndicatorSum() {
        ((CheckRule) fx.check.getRule()).setPoints(dec("2")); // 2 + 2 in a group of 3: still 3
        assertEquals(Diagnostic.OK, SchemeValidator.validate(fx.scheme).getSeverity());
    }

    @Test
    void ruleAboveTheIndicatorMaxIsAWarning() {
        ((SurveyRule) fx.survey.getRule()).setMax(dec("3"));
        fx.fact("f.survey").setMax(dec("3"));
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expect(result, Diagnostic.WARNING, RULE_EXCEEDS_INDICATOR, "item f.survey", "up to 3, above the indicator max 2");
        assertEquals(Diagnostic.WARNING, result.getSeverity(), messages(result));
    }

    @Test
    void questionNeedsOptions() {
        fx.questionnaire.getQuestions().get(0).getOptions().clear();
        expectError(SchemeValidator.validate(fx.scheme), EMPTY_OPTIONS, "question 1", "has no answer options");
    }

    @Test
    void optionDenominatorMustBePositive() {
        fx.questionnaire.getQuestions().get(0).getOptions().get(0).setDenominator(0);
        fx.questionnaire.getQuestions().get(1).getOptions().get(0).setNumerator(3);
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        expectError(result, BAD_OPTION_VALUE, "option '是' of question 1", "denominator is 0, must be > 0");
        expectError(result, BAD_OPTION_VALUE, "option 'x' of question 2", "value 3/1 is outside 0…1");
    }

    @Test
    void categoryQuotaMustBePositive() {
        fx.questionnaire.getCategories().get(1).setQuota(-5);
        expectError(SchemeValidator.validate(fx.scheme), BAD_QUOTA, "category B", "quota is -5, must be > 0");
    }

    @Test
    void surveyMustUseTheSchemesQuestionnaire() {
        ((SurveyRule) fx.survey.getRule()).setQuestionnaire(Fixtures.F.createQuestionnaire());
        expectError(SchemeValidator.validate(fx.scheme), FOREIGN_QUESTIONNAIRE, "rule of item f.survey",
                "not this scheme's questionnaire");
    }

    @Test
    void missingRequiredValuesAreReportedByEmfsOwnCheck() {
        ((CheckRule) fx.check.getRule()).setPoints(null);
        Diagnostic result = SchemeValidator.validate(fx.scheme);
        Diagnostic d = find(result, EObjectValidator.DIAGNOSTIC_SOURCE, EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS);
        assertTrue(d.getMessage().contains("points") && d.getMessage().contains("rule of item f.bool"), d.getMessage());
        assertEquals(Diagnostic.ERROR, result.getSeverity());
    }

    @Test
    void registersInAnyValidatorRegistry() {
        fx.scheme.setBaseMax(dec("11"));
        EValidator.Registry registry = new EValidatorRegistryImpl();
        SchemeValidator.register(registry);
        Diagnostic result = new Diagnostician(registry).validate(fx.scheme);
        assertSame(fx.scheme, find(result, DIAGNOSTIC_SOURCE, BASE_MAX_MISMATCH).getData().get(0));
    }

    private static void expectError(Diagnostic result, int code, String element, String text) {
        expect(result, Diagnostic.ERROR, code, element, text);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
    }

    private static void expect(Diagnostic result, int severity, int code, String element, String text) {
        List<Diagnostic> matches = result.getChildren().stream()
                .filter(d -> DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
        for (Diagnostic d : matches) {
            if (d.getMessage().startsWith(element + ": ") && d.getMessage().contains(text)) {
                assertEquals(severity, d.getSeverity(), d.getMessage());
                return;
            }
        }
        fail("no diagnostic " + code + " '" + element + ": ..." + text + "...' in\n" + messages(result));
    }

    private static Diagnostic find(Diagnostic result, String source, int code) {
        return result.getChildren().stream().filter(d -> source.equals(d.getSource()) && d.getCode() == code)
                .findFirst().orElseThrow(() -> new AssertionError("no " + source + "/" + code + " in\n" + messages(result)));
    }

    private static String messages(Diagnostic result) {
        return result.getChildren().stream().map(d -> d.getSeverity() + " " + d.getCode() + " " + d.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
