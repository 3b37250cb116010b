/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cap Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Several items of one indicator whose sum is capped together (e.g. Jiangsu 6.3: three event lines capped at 5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.CapGroup#getMax <em>Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.CapGroup#getItems <em>Items</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.CapGroup#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getCapGroup()
 * @model
 * @generated
 */
public interface CapGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getCapGroup_Max()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.CapGroup#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getCapGroup_Items()
	 * @model lower="2"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getCapGroup_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.CapGroup#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // CapGroup
