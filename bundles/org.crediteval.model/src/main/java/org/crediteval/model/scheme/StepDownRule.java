/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Down Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getFull <em>Full</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getStep <em>Step</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getDecrement <em>Decrement</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.StepDownRule#getFloor <em>Floor</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule()
 * @model
 * @generated
 */
public interface StepDownRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full</em>' attribute.
	 * @see #setFull(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Full()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getFull();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getFull <em>Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full</em>' attribute.
	 * @see #getFull()
	 * @generated
	 */
	void setFull(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Threshold()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getThreshold();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Step()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getStep();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Decrement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decrement</em>' attribute.
	 * @see #setDecrement(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Decrement()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getDecrement();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getDecrement <em>Decrement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decrement</em>' attribute.
	 * @see #getDecrement()
	 * @generated
	 */
	void setDecrement(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Floor</em>' attribute.
	 * @see #setFloor(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getStepDownRule_Floor()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getFloor();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.StepDownRule#getFloor <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor</em>' attribute.
	 * @see #getFloor()
	 * @generated
	 */
	void setFloor(BigDecimal value);

} // StepDownRule
