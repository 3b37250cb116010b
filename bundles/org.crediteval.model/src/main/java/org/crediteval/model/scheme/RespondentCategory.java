/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Respondent Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.RespondentCategory#getCode <em>Code</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.RespondentCategory#getQuota <em>Quota</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getRespondentCategory()
 * @model
 * @generated
 */
public interface RespondentCategory extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getRespondentCategory_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.RespondentCategory#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Quota</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quota</em>' attribute.
	 * @see #setQuota(int)
	 * @see org.crediteval.model.scheme.SchemePackage#getRespondentCategory_Quota()
	 * @model required="true"
	 * @generated
	 */
	int getQuota();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.RespondentCategory#getQuota <em>Quota</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quota</em>' attribute.
	 * @see #getQuota()
	 * @generated
	 */
	void setQuota(int value);

} // RespondentCategory
