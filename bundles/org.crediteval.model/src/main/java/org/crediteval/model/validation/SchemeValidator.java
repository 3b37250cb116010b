package org.crediteval.model.validation;

import java.util.Map;

import org.crediteval.model.scheme.AnswerOption;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RespondentCategory;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SchemePackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The rule-pack validator: EMF's required-feature checks plus the scheme's own consistency rules (ids,
 * totals, fact references and types, rule parameters, questionnaire). Each finding is a
 * {@link Diagnostic} with source {@link #DIAGNOSTIC_SOURCE}, one of the codes below, the offending model
 * element as its first data item, and a message naming the element by id and the numbers involved.
 *
 * <p>Items whose maxima add up to more than their indicator's max, and a rule maximum above the
 * indicator's max, are warnings: the published schemes do this (gd-2017 3.2) and the indicator cap
 * settles it. A fact no item reads is a warning too.
 *
 * <p>Works without Equinox: {@link #validate(Scheme)} uses a private registry, and {@link #register}
 * adds the validator to any registry (e.g. {@code EValidator.Registry.INSTANCE}).
 */
public class SchemeValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.crediteval.model";

    public static final int DUPLICATE_ID = 1;
    public static final int BASE_MAX_MISMATCH = 2;
    public static final int BONUS_MAX_MISMATCH = 3;
    public static final int DIMENSION_MAX_MISMATCH = 4;
    public static final int UNDEFINED_FACT = 5;
    public static final int FACT_TYPE_MISMATCH = 6;
    public static final int UNKNOWN_LEVEL = 7;
    public static final int LEVEL_WITHOUT_SCORE = 8;
    public static final int LEVEL_SCORE_SHAPE = 9;
    public static final int BANDS_NOT_DECREASING = 10;
    public static final int NEGATIVE_NUMBER = 11;
    public static final int STEP_DOWN_PARAMETERS = 12;
    public static final int PER_UNIT_PARAMETERS = 13;
    public static final int POINTS_FACT_WITHOUT_MAX = 14;
    public static final int RULE_MAX_NOT_FACT_MAX = 15;
    public static final int BAD_DEFAULT_VALUE = 16;
    public static final int LEVEL_FACT_WITHOUT_LEVELS = 17;
    public static final int CAP_GROUP_OUTSIDE_INDICATOR = 18;
    public static final int UNUSED_FACT = 19;
    public static final int ITEMS_EXCEED_INDICATOR = 20;
    public static final int RULE_EXCEEDS_INDICATOR = 21;
    public static final int EMPTY_OPTIONS = 22;
    public static final int BAD_OPTION_VALUE = 23;
    public static final int BAD_QUOTA = 24;
    public static final int FOREIGN_QUESTIONNAIRE = 25;

    public static final SchemeValidator INSTANCE = new SchemeValidator();

    /** Registers the validator for the scheme package in {@code registry}. */
    public static void register(EValidator.Registry registry) {
        registry.put(SchemePackage.eINSTANCE, INSTANCE);
    }

    /**
     * Validates {@code scheme} and everything it contains. The result's severity is
     * {@link Diagnostic#ERROR} when the pack must be refused, {@link Diagnostic#WARNING} when it is usable
     * but something deserves a look, {@link Diagnostic#OK} otherwise; its children are the findings.
     */
    public static Diagnostic validate(Scheme scheme) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        register(registry);
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return Labels.of(eObject);
            }
        }.validate(scheme);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = requiredFeaturesSet(eObject, diagnostics, context);
        Report report = new Report(diagnostics);
        switch (eObject) {
            case Scheme s -> SchemeChecks.check(s, report);
            case Dimension d -> SchemeChecks.check(d, report);
            case Indicator i -> IndicatorChecks.check(i, report);
            case CapGroup g -> IndicatorChecks.check(g, report);
            case Rule r -> RuleChecks.check(r, report);
            case Gate g -> RuleChecks.check(g, report);
            case Deduction d -> RuleChecks.check(d, report);
            case FactDefinition f -> FactChecks.check(f, report);
            case Questionnaire q -> SurveyChecks.check(q, report);
            case Question q -> SurveyChecks.check(q, report);
            case AnswerOption a -> SurveyChecks.check(a, report);
            case RespondentCategory c -> SurveyChecks.check(c, report);
            default -> {
                // bands, level scores and level definitions are checked with their rule or fact
            }
        }
        return valid && report.valid();
    }

    /** EMF's multiplicity check, except where a check of ours says it better. */
    private boolean requiredFeaturesSet(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EStructuralFeature feature : eObject.eClass().getEAllStructuralFeatures()) {
            if (feature != SchemePackage.Literals.QUESTION__OPTIONS) {
                valid &= validate_MultiplicityConforms(eObject, feature, diagnostics, context);
            }
        }
        return valid;
    }
}
