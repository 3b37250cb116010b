/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Item#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getEvidenceBasis <em>Evidence Basis</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getAssessmentMethods <em>Assessment Methods</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getRule <em>Rule</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getGates <em>Gates</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Item#getDeductions <em>Deductions</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Item#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Item#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Basis</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Basis</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_EvidenceBasis()
	 * @model
	 * @generated
	 */
	EList<String> getEvidenceBasis();

	/**
	 * Returns the value of the '<em><b>Assessment Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment Methods</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_AssessmentMethods()
	 * @model
	 * @generated
	 */
	EList<String> getAssessmentMethods();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interpretations of the source text, shown to analysts beside the score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' containment reference.
	 * @see #setRule(Rule)
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Rule()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Rule getRule();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Item#getRule <em>Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' containment reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(Rule value);

	/**
	 * Returns the value of the '<em><b>Gates</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Gate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gates</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Gates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gate> getGates();

	/**
	 * Returns the value of the '<em><b>Deductions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Deduction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points taken off the rule's (rounded) value, never below zero (扣完为止).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deductions</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getItem_Deductions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Deduction> getDeductions();

} // Item
