/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The points for one level code: fixed points, or the value of pointsFact (an expert score needed only in this branch).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.LevelScore#getLevel <em>Level</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.LevelScore#getPoints <em>Points</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.LevelScore#getPointsFact <em>Points Fact</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getLevelScore()
 * @model
 * @generated
 */
public interface LevelScore extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.crediteval.model.scheme.SchemePackage#getLevelScore_Level()
	 * @model required="true"
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.LevelScore#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getLevelScore_Points()
	 * @model
	 * @generated
	 */
	BigDecimal getPoints();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.LevelScore#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Points Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Fact</em>' reference.
	 * @see #setPointsFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getLevelScore_PointsFact()
	 * @model
	 * @generated
	 */
	FactDefinition getPointsFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.LevelScore#getPointsFact <em>Points Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Fact</em>' reference.
	 * @see #getPointsFact()
	 * @generated
	 */
	void setPointsFact(FactDefinition value);

} // LevelScore
