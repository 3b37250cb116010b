/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ratio Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.RatioRule#getActual <em>Actual</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.RatioRule#getTarget <em>Target</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.RatioRule#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getRatioRule()
 * @model
 * @generated
 */
public interface RatioRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Actual</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' reference.
	 * @see #setActual(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getRatioRule_Actual()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getActual();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.RatioRule#getActual <em>Actual</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' reference.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getRatioRule_Target()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getTarget();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.RatioRule#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getRatioRule_Points()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getPoints();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.RatioRule#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(BigDecimal value);

} // RatioRule
