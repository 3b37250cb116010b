/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A condition on another fact; when it does not hold the item scores 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.Gate#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.Gate#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getGate()
 * @model
 * @generated
 */
public interface Gate extends EObject {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getGate_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Gate#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crediteval.model.scheme.GateCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see org.crediteval.model.scheme.GateCondition
	 * @see #setCondition(GateCondition)
	 * @see org.crediteval.model.scheme.SchemePackage#getGate_Condition()
	 * @model required="true"
	 * @generated
	 */
	GateCondition getCondition();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.Gate#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see org.crediteval.model.scheme.GateCondition
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(GateCondition value);

} // Gate
