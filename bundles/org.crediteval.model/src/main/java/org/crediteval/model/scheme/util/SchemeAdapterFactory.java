/**
 */
package org.crediteval.model.scheme.util;

import org.crediteval.model.scheme.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.crediteval.model.scheme.SchemePackage
 * @generated
 */
public class SchemeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SchemePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchemeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SchemePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemeSwitch<Adapter> modelSwitch =
		new SchemeSwitch<Adapter>() {
			@Override
			public Adapter caseScheme(Scheme object) {
				return createSchemeAdapter();
			}
			@Override
			public Adapter caseDimension(Dimension object) {
				return createDimensionAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object) {
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseCapGroup(CapGroup object) {
				return createCapGroupAdapter();
			}
			@Override
			public Adapter caseItem(Item object) {
				return createItemAdapter();
			}
			@Override
			public Adapter caseGate(Gate object) {
				return createGateAdapter();
			}
			@Override
			public Adapter caseDeduction(Deduction object) {
				return createDeductionAdapter();
			}
			@Override
			public Adapter caseRule(Rule object) {
				return createRuleAdapter();
			}
			@Override
			public Adapter caseCheckRule(CheckRule object) {
				return createCheckRuleAdapter();
			}
			@Override
			public Adapter casePerUnitRule(PerUnitRule object) {
				return createPerUnitRuleAdapter();
			}
			@Override
			public Adapter caseRatioRule(RatioRule object) {
				return createRatioRuleAdapter();
			}
			@Override
			public Adapter caseBandsRule(BandsRule object) {
				return createBandsRuleAdapter();
			}
			@Override
			public Adapter caseBand(Band object) {
				return createBandAdapter();
			}
			@Override
			public Adapter caseLevelRule(LevelRule object) {
				return createLevelRuleAdapter();
			}
			@Override
			public Adapter caseLevelScore(LevelScore object) {
				return createLevelScoreAdapter();
			}
			@Override
			public Adapter caseStepDownRule(StepDownRule object) {
				return createStepDownRuleAdapter();
			}
			@Override
			public Adapter caseDeductionRule(DeductionRule object) {
				return createDeductionRuleAdapter();
			}
			@Override
			public Adapter caseDiscretionaryRule(DiscretionaryRule object) {
				return createDiscretionaryRuleAdapter();
			}
			@Override
			public Adapter caseExternalRule(ExternalRule object) {
				return createExternalRuleAdapter();
			}
			@Override
			public Adapter caseSurveyRule(SurveyRule object) {
				return createSurveyRuleAdapter();
			}
			@Override
			public Adapter caseFactDefinition(FactDefinition object) {
				return createFactDefinitionAdapter();
			}
			@Override
			public Adapter caseLevelDefinition(LevelDefinition object) {
				return createLevelDefinitionAdapter();
			}
			@Override
			public Adapter caseQuestionnaire(Questionnaire object) {
				return createQuestionnaireAdapter();
			}
			@Override
			public Adapter caseRespondentCategory(RespondentCategory object) {
				return createRespondentCategoryAdapter();
			}
			@Override
			public Adapter caseQuestion(Question object) {
				return createQuestionAdapter();
			}
			@Override
			public Adapter caseAnswerOption(AnswerOption object) {
				return createAnswerOptionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Scheme
	 * @generated
	 */
	public Adapter createSchemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Dimension
	 * @generated
	 */
	public Adapter createDimensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.CapGroup <em>Cap Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.CapGroup
	 * @generated
	 */
	public Adapter createCapGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Item
	 * @generated
	 */
	public Adapter createItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Gate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Gate
	 * @generated
	 */
	public Adapter createGateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Deduction <em>Deduction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Deduction
	 * @generated
	 */
	public Adapter createDeductionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Rule
	 * @generated
	 */
	public Adapter createRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.CheckRule <em>Check Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.CheckRule
	 * @generated
	 */
	public Adapter createCheckRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.PerUnitRule <em>Per Unit Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.PerUnitRule
	 * @generated
	 */
	public Adapter createPerUnitRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.RatioRule <em>Ratio Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.RatioRule
	 * @generated
	 */
	public Adapter createRatioRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.BandsRule <em>Bands Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.BandsRule
	 * @generated
	 */
	public Adapter createBandsRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Band
	 * @generated
	 */
	public Adapter createBandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.LevelRule <em>Level Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.LevelRule
	 * @generated
	 */
	public Adapter createLevelRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.LevelScore <em>Level Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.LevelScore
	 * @generated
	 */
	public Adapter createLevelScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.StepDownRule <em>Step Down Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.StepDownRule
	 * @generated
	 */
	public Adapter createStepDownRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.DeductionRule <em>Deduction Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.DeductionRule
	 * @generated
	 */
	public Adapter createDeductionRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.DiscretionaryRule <em>Discretionary Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.DiscretionaryRule
	 * @generated
	 */
	public Adapter createDiscretionaryRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.ExternalRule <em>External Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.ExternalRule
	 * @generated
	 */
	public Adapter createExternalRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.SurveyRule <em>Survey Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.SurveyRule
	 * @generated
	 */
	public Adapter createSurveyRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.FactDefinition <em>Fact Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.FactDefinition
	 * @generated
	 */
	public Adapter createFactDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.LevelDefinition <em>Level Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.LevelDefinition
	 * @generated
	 */
	public Adapter createLevelDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Questionnaire <em>Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Questionnaire
	 * @generated
	 */
	public Adapter createQuestionnaireAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.RespondentCategory <em>Respondent Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.RespondentCategory
	 * @generated
	 */
	public Adapter createRespondentCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.Question
	 * @generated
	 */
	public Adapter createQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crediteval.model.scheme.AnswerOption <em>Answer Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crediteval.model.scheme.AnswerOption
	 * @generated
	 */
	public Adapter createAnswerOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SchemeAdapterFactory
