/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Question#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Question#getText <em>Text</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Question#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Question#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getQuestion()
 * @model
 * @generated
 */
public interface Question extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestion_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Question#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Question#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crediteval.model.scheme.QuestionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crediteval.model.scheme.QuestionKind
	 * @see #setKind(QuestionKind)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestion_Kind()
	 * @model required="true"
	 * @generated
	 */
	QuestionKind getKind();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Question#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crediteval.model.scheme.QuestionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QuestionKind value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.AnswerOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestion_Options()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<AnswerOption> getOptions();

} // Question
