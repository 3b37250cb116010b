/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * value ≥ lowerBound (inclusive, 以上/含) gives points; the highest band reached wins; below every band gives 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Band#getLowerBound <em>Lower Bound</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Band#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getBand()
 * @model
 * @generated
 */
public interface Band extends EObject {
	/**
	 * Returns the value of the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower Bound</em>' attribute.
	 * @see #setLowerBound(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getBand_LowerBound()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getLowerBound();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Band#getLowerBound <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Bound</em>' attribute.
	 * @see #getLowerBound()
	 * @generated
	 */
	void setLowerBound(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getBand_Points()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getPoints();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Band#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(BigDecimal value);

} // Band
