/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deduction Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.DeductionRule#getFull <em>Full</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.DeductionRule#getDeductions <em>Deductions</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getDeductionRule()
 * @model
 * @generated
 */
public interface DeductionRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full</em>' attribute.
	 * @see #setFull(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getDeductionRule_Full()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getFull();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.DeductionRule#getFull <em>Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full</em>' attribute.
	 * @see #getFull()
	 * @generated
	 */
	void setFull(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Deductions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Deduction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deductions</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getDeductionRule_Deductions()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Deduction> getDeductions();

} // DeductionRule
