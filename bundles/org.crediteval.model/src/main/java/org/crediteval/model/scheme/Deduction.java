/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deduction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Deduction#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Deduction#getPointsEach <em>Points Each</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getDeduction()
 * @model
 * @generated
 */
public interface Deduction extends EObject {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getDeduction_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Deduction#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Points Each</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Each</em>' attribute.
	 * @see #setPointsEach(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getDeduction_PointsEach()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getPointsEach();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Deduction#getPointsEach <em>Points Each</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Each</em>' attribute.
	 * @see #getPointsEach()
	 * @generated
	 */
	void setPointsEach(BigDecimal value);

} // Deduction
