/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getName <em>Name</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getMax <em>Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getResponsibleUnits <em>Responsible Units</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getEvidenceBasis <em>Evidence Basis</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getAssessmentMethods <em>Assessment Methods</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getItems <em>Items</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Indicator#getCapGroups <em>Cap Groups</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Indicator#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Indicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Indicator#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_Max()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Indicator#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Responsible Units</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 负责提供资料单位: the departments that must provide this indicator's evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Units</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_ResponsibleUnits()
	 * @model
	 * @generated
	 */
	EList<String> getResponsibleUnits();

	/**
	 * Returns the value of the '<em><b>Evidence Basis</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核依据, e.g. 文件资料, 网络查询, 统计资料. An item may override it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Basis</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_EvidenceBasis()
	 * @model
	 * @generated
	 */
	EList<String> getEvidenceBasis();

	/**
	 * Returns the value of the '<em><b>Assessment Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核方式, e.g. 材料审核, 实地考察. An item may override it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment Methods</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_AssessmentMethods()
	 * @model
	 * @generated
	 */
	EList<String> getAssessmentMethods();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Cap Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.CapGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cap Groups</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getIndicator_CapGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CapGroup> getCapGroups();

} // Indicator
