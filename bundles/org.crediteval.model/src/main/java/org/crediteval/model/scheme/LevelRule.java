/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.LevelRule#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.LevelRule#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getLevelRule()
 * @model
 * @generated
 */
public interface LevelRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getLevelRule_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.LevelRule#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.crediteval.model.scheme.LevelScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.crediteval.model.scheme.SchemePackage#getLevelRule_Scores()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<LevelScore> getScores();

} // LevelRule
