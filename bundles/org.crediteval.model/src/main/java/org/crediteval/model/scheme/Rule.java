/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.crediteval.model.scheme.SchemePackage#getRule()
 * @model abstract="true"
 * @generated
 */
public interface Rule extends EObject {
} // Rule
