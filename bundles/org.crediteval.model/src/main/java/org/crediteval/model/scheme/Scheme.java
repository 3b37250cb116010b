/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getVersion <em>Version</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getBaseMax <em>Base Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getBonusMax <em>Bonus Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getSource <em>Source</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Scheme#getQuestionnaire <em>Questionnaire</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getScheme()
 * @model
 * @generated
 */
public interface Scheme extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_NameZh()
	 * @model required="true"
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Base Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Max</em>' attribute.
	 * @see #setBaseMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_BaseMax()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getBaseMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getBaseMax <em>Base Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Max</em>' attribute.
	 * @see #getBaseMax()
	 * @generated
	 */
	void setBaseMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Bonus Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bonus Max</em>' attribute.
	 * @see #setBonusMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_BonusMax()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getBonusMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getBonusMax <em>Bonus Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bonus Max</em>' attribute.
	 * @see #getBonusMax()
	 * @generated
	 */
	void setBonusMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citation of the published scheme the pack encodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.FactDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Facts()
	 * @model containment="true"
	 * @generated
	 */
	EList<FactDefinition> getFacts();

	/**
	 * Returns the value of the '<em><b>Questionnaire</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questionnaire</em>' containment reference.
	 * @see #setQuestionnaire(Questionnaire)
	 * @see org.crediteval.model.scheme.SchemePackage#getScheme_Questionnaire()
	 * @model containment="true"
	 * @generated
	 */
	Questionnaire getQuestionnaire();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Scheme#getQuestionnaire <em>Questionnaire</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Questionnaire</em>' containment reference.
	 * @see #getQuestionnaire()
	 * @generated
	 */
	void setQuestionnaire(Questionnaire value);

} // Scheme
