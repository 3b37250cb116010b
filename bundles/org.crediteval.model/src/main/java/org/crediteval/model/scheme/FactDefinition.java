/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getType <em>Type</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getMax <em>Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.FactDefinition#getDefaultValue <em>Default Value</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition()
 * @model
 * @generated
 */
public interface FactDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#getId <em>Id</em>}' attribute.
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
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crediteval.model.scheme.FactType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.crediteval.model.scheme.FactType
	 * @see #setType(FactType)
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Type()
	 * @model required="true"
	 * @generated
	 */
	FactType getType();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.crediteval.model.scheme.FactType
	 * @see #getType()
	 * @generated
	 */
	void setType(FactType value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound of a points fact (0…max).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Max()
	 * @model
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.LevelDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<LevelDefinition> getLevels();

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value an optional fact takes when it is not supplied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Value</em>' attribute.
	 * @see #setDefaultValue(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getFactDefinition_DefaultValue()
	 * @model
	 * @generated
	 */
	String getDefaultValue();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.FactDefinition#getDefaultValue <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' attribute.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(String value);

} // FactDefinition
