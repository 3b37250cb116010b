/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crediteval.model.scheme.SchemePackage
 * @generated
 */
public interface SchemeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchemeFactory eINSTANCE = org.crediteval.model.scheme.impl.SchemeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheme</em>'.
	 * @generated
	 */
	Scheme createScheme();

	/**
	 * Returns a new object of class '<em>Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dimension</em>'.
	 * @generated
	 */
	Dimension createDimension();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Cap Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cap Group</em>'.
	 * @generated
	 */
	CapGroup createCapGroup();

	/**
	 * Returns a new object of class '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item</em>'.
	 * @generated
	 */
	Item createItem();

	/**
	 * Returns a new object of class '<em>Gate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gate</em>'.
	 * @generated
	 */
	Gate createGate();

	/**
	 * Returns a new object of class '<em>Deduction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deduction</em>'.
	 * @generated
	 */
	Deduction createDeduction();

	/**
	 * Returns a new object of class '<em>Check Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Check Rule</em>'.
	 * @generated
	 */
	CheckRule createCheckRule();

	/**
	 * Returns a new object of class '<em>Per Unit Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Per Unit Rule</em>'.
	 * @generated
	 */
	PerUnitRule createPerUnitRule();

	/**
	 * Returns a new object of class '<em>Ratio Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ratio Rule</em>'.
	 * @generated
	 */
	RatioRule createRatioRule();

	/**
	 * Returns a new object of class '<em>Bands Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bands Rule</em>'.
	 * @generated
	 */
	BandsRule createBandsRule();

	/**
	 * Returns a new object of class '<em>Band</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Band</em>'.
	 * @generated
	 */
	Band createBand();

	/**
	 * Returns a new object of class '<em>Level Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level Rule</em>'.
	 * @generated
	 */
	LevelRule createLevelRule();

	/**
	 * Returns a new object of class '<em>Level Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level Score</em>'.
	 * @generated
	 */
	LevelScore createLevelScore();

	/**
	 * Returns a new object of class '<em>Step Down Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Down Rule</em>'.
	 * @generated
	 */
	StepDownRule createStepDownRule();

	/**
	 * Returns a new object of class '<em>Deduction Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deduction Rule</em>'.
	 * @generated
	 */
	DeductionRule createDeductionRule();

	/**
	 * Returns a new object of class '<em>Discretionary Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Discretionary Rule</em>'.
	 * @generated
	 */
	DiscretionaryRule createDiscretionaryRule();

	/**
	 * Returns a new object of class '<em>External Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Rule</em>'.
	 * @generated
	 */
	ExternalRule createExternalRule();

	/**
	 * Returns a new object of class '<em>Survey Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Rule</em>'.
	 * @generated
	 */
	SurveyRule createSurveyRule();

	/**
	 * Returns a new object of class '<em>Fact Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fact Definition</em>'.
	 * @generated
	 */
	FactDefinition createFactDefinition();

	/**
	 * Returns a new object of class '<em>Level Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level Definition</em>'.
	 * @generated
	 */
	LevelDefinition createLevelDefinition();

	/**
	 * Returns a new object of class '<em>Questionnaire</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Questionnaire</em>'.
	 * @generated
	 */
	Questionnaire createQuestionnaire();

	/**
	 * Returns a new object of class '<em>Respondent Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Respondent Category</em>'.
	 * @generated
	 */
	RespondentCategory createRespondentCategory();

	/**
	 * Returns a new object of class '<em>Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Question</em>'.
	 * @generated
	 */
	Question createQuestion();

	/**
	 * Returns a new object of class '<em>Answer Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Answer Option</em>'.
	 * @generated
	 */
	AnswerOption createAnswerOption();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SchemePackage getSchemePackage();

} //SchemeFactory
