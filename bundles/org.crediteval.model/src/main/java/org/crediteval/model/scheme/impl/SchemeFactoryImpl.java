/**
 */
package org.crediteval.model.scheme.impl;

import org.crediteval.model.scheme.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SchemeFactoryImpl extends EFactoryImpl implements SchemeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SchemeFactory init() {
		try {
			SchemeFactory theSchemeFactory = (SchemeFactory)EPackage.Registry.INSTANCE.getEFactory(SchemePackage.eNS_URI);
			if (theSchemeFactory != null) {
				return theSchemeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SchemeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchemeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SchemePackage.SCHEME: return createScheme();
			case SchemePackage.DIMENSION: return createDimension();
			case SchemePackage.INDICATOR: return createIndicator();
			case SchemePackage.CAP_GROUP: return createCapGroup();
			case SchemePackage.ITEM: return createItem();
			case SchemePackage.GATE: return createGate();
			case SchemePackage.DEDUCTION: return createDeduction();
			case SchemePackage.CHECK_RULE: return createCheckRule();
			case SchemePackage.PER_UNIT_RULE: return createPerUnitRule();
			case SchemePackage.RATIO_RULE: return createRatioRule();
			case SchemePackage.BANDS_RULE: return createBandsRule();
			case SchemePackage.BAND: return createBand();
			case SchemePackage.LEVEL_RULE: return createLevelRule();
			case SchemePackage.LEVEL_SCORE: return createLevelScore();
			case SchemePackage.STEP_DOWN_RULE: return createStepDownRule();
			case SchemePackage.DEDUCTION_RULE: return createDeductionRule();
			case SchemePackage.DISCRETIONARY_RULE: return createDiscretionaryRule();
			case SchemePackage.EXTERNAL_RULE: return createExternalRule();
			case SchemePackage.SURVEY_RULE: return createSurveyRule();
			case SchemePackage.FACT_DEFINITION: return createFactDefinition();
			case SchemePackage.LEVEL_DEFINITION: return createLevelDefinition();
			case SchemePackage.QUESTIONNAIRE: return createQuestionnaire();
			case SchemePackage.RESPONDENT_CATEGORY: return createRespondentCategory();
			case SchemePackage.QUESTION: return createQuestion();
			case SchemePackage.ANSWER_OPTION: return createAnswerOption();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SchemePackage.GATE_CONDITION:
				return createGateConditionFromString(eDataType, initialValue);
			case SchemePackage.FACT_TYPE:
				return createFactTypeFromString(eDataType, initialValue);
			case SchemePackage.QUESTION_KIND:
				return createQuestionKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SchemePackage.GATE_CONDITION:
				return convertGateConditionToString(eDataType, instanceValue);
			case SchemePackage.FACT_TYPE:
				return convertFactTypeToString(eDataType, instanceValue);
			case SchemePackage.QUESTION_KIND:
				return convertQuestionKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheme createScheme() {
		SchemeImpl scheme = new SchemeImpl();
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapGroup createCapGroup() {
		CapGroupImpl capGroup = new CapGroupImpl();
		return capGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Item createItem() {
		ItemImpl item = new ItemImpl();
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gate createGate() {
		GateImpl gate = new GateImpl();
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deduction createDeduction() {
		DeductionImpl deduction = new DeductionImpl();
		return deduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckRule createCheckRule() {
		CheckRuleImpl checkRule = new CheckRuleImpl();
		return checkRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerUnitRule createPerUnitRule() {
		PerUnitRuleImpl perUnitRule = new PerUnitRuleImpl();
		return perUnitRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatioRule createRatioRule() {
		RatioRuleImpl ratioRule = new RatioRuleImpl();
		return ratioRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandsRule createBandsRule() {
		BandsRuleImpl bandsRule = new BandsRuleImpl();
		return bandsRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Band createBand() {
		BandImpl band = new BandImpl();
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LevelRule createLevelRule() {
		LevelRuleImpl levelRule = new LevelRuleImpl();
		return levelRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LevelScore createLevelScore() {
		LevelScoreImpl levelScore = new LevelScoreImpl();
		return levelScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepDownRule createStepDownRule() {
		StepDownRuleImpl stepDownRule = new StepDownRuleImpl();
		return stepDownRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeductionRule createDeductionRule() {
		DeductionRuleImpl deductionRule = new DeductionRuleImpl();
		return deductionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiscretionaryRule createDiscretionaryRule() {
		DiscretionaryRuleImpl discretionaryRule = new DiscretionaryRuleImpl();
		return discretionaryRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalRule createExternalRule() {
		ExternalRuleImpl externalRule = new ExternalRuleImpl();
		return externalRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyRule createSurveyRule() {
		SurveyRuleImpl surveyRule = new SurveyRuleImpl();
		return surveyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactDefinition createFactDefinition() {
		FactDefinitionImpl factDefinition = new FactDefinitionImpl();
		return factDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LevelDefinition createLevelDefinition() {
		LevelDefinitionImpl levelDefinition = new LevelDefinitionImpl();
		return levelDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Questionnaire createQuestionnaire() {
		QuestionnaireImpl questionnaire = new QuestionnaireImpl();
		return questionnaire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RespondentCategory createRespondentCategory() {
		RespondentCategoryImpl respondentCategory = new RespondentCategoryImpl();
		return respondentCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question createQuestion() {
		QuestionImpl question = new QuestionImpl();
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnswerOption createAnswerOption() {
		AnswerOptionImpl answerOption = new AnswerOptionImpl();
		return answerOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GateCondition createGateConditionFromString(EDataType eDataType, String initialValue) {
		GateCondition result = GateCondition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGateConditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactType createFactTypeFromString(EDataType eDataType, String initialValue) {
		FactType result = FactType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFactTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuestionKind createQuestionKindFromString(EDataType eDataType, String initialValue) {
		QuestionKind result = QuestionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuestionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchemePackage getSchemePackage() {
		return (SchemePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SchemePackage getPackage() {
		return SchemePackage.eINSTANCE;
	}

} //SchemeFactoryImpl
