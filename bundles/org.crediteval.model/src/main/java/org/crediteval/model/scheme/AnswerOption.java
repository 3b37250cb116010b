/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answer Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An answer and its exact value numerator/denominator (2/3 is not a terminating decimal).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.AnswerOption#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.AnswerOption#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.AnswerOption#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.AnswerOption#isExclusive <em>Exclusive</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getAnswerOption()
 * @model
 * @generated
 */
public interface AnswerOption extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getAnswerOption_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.AnswerOption#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numerator</em>' attribute.
	 * @see #setNumerator(int)
	 * @see org.crediteval.model.scheme.SchemePackage#getAnswerOption_Numerator()
	 * @model
	 * @generated
	 */
	int getNumerator();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.AnswerOption#getNumerator <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator</em>' attribute.
	 * @see #getNumerator()
	 * @generated
	 */
	void setNumerator(int value);

	/**
	 * Returns the value of the '<em><b>Denominator</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Denominator</em>' attribute.
	 * @see #setDenominator(int)
	 * @see org.crediteval.model.scheme.SchemePackage#getAnswerOption_Denominator()
	 * @model default="1"
	 * @generated
	 */
	int getDenominator();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.AnswerOption#getDenominator <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator</em>' attribute.
	 * @see #getDenominator()
	 * @generated
	 */
	void setDenominator(int value);

	/**
	 * Returns the value of the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive</em>' attribute.
	 * @see #setExclusive(boolean)
	 * @see org.crediteval.model.scheme.SchemePackage#getAnswerOption_Exclusive()
	 * @model
	 * @generated
	 */
	boolean isExclusive();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.AnswerOption#isExclusive <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive</em>' attribute.
	 * @see #isExclusive()
	 * @generated
	 */
	void setExclusive(boolean value);

} // AnswerOption
