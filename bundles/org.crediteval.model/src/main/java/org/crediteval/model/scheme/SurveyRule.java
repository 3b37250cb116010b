/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Scored from questionnaire responses when the run has them for the subject; otherwise from fallbackFact.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.SurveyRule#getFallbackFact <em>Fallback Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.SurveyRule#getMax <em>Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.SurveyRule#getQuestionnaire <em>Questionnaire</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getSurveyRule()
 * @model
 * @generated
 */
public interface SurveyRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Fallback Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fallback Fact</em>' reference.
	 * @see #setFallbackFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getSurveyRule_FallbackFact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFallbackFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.SurveyRule#getFallbackFact <em>Fallback Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback Fact</em>' reference.
	 * @see #getFallbackFact()
	 * @generated
	 */
	void setFallbackFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getSurveyRule_Max()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.SurveyRule#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Questionnaire</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questionnaire</em>' reference.
	 * @see #setQuestionnaire(Questionnaire)
	 * @see org.crediteval.model.scheme.SchemePackage#getSurveyRule_Questionnaire()
	 * @model
	 * @generated
	 */
	Questionnaire getQuestionnaire();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.SurveyRule#getQuestionnaire <em>Questionnaire</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Questionnaire</em>' reference.
	 * @see #getQuestionnaire()
	 * @generated
	 */
	void setQuestionnaire(Questionnaire value);

} // SurveyRule
