/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Questionnaire</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getCities <em>Cities</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Questionnaire#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire()
 * @model
 * @generated
 */
public interface Questionnaire extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Questionnaire#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Questionnaire#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last accepted submission instant, ISO-8601 with offset (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Deadline()
	 * @model
	 * @generated
	 */
	String getDeadline();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Questionnaire#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(String value);

	/**
	 * Returns the value of the '<em><b>Cities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cities</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Cities()
	 * @model
	 * @generated
	 */
	EList<String> getCities();

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.RespondentCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<RespondentCategory> getCategories();

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getQuestionnaire_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Question> getQuestions();

} // Questionnaire
