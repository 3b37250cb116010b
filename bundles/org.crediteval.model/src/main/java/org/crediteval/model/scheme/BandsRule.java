/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bands Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.BandsRule#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.BandsRule#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getBandsRule()
 * @model
 * @generated
 */
public interface BandsRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getBandsRule_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.BandsRule#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getBandsRule_Bands()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Band> getBands();

} // BandsRule
