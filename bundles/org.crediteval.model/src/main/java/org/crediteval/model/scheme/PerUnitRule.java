/**
 */
package org.crediteval.model.scheme;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Per Unit Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.PerUnitRule#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.PerUnitRule#getPointsPerUnit <em>Points Per Unit</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.PerUnitRule#getUnitSize <em>Unit Size</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.PerUnitRule#getCap <em>Cap</em>}</li>
 * </ul>
 *
 * @see org.crediteval.model.scheme.SchemePackage#getPerUnitRule()
 * @model
 * @generated
 */
public interface PerUnitRule extends Rule {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' reference.
	 * @see #setFact(FactDefinition)
	 * @see org.crediteval.model.scheme.SchemePackage#getPerUnitRule_Fact()
	 * @model required="true"
	 * @generated
	 */
	FactDefinition getFact();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.PerUnitRule#getFact <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' reference.
	 * @see #getFact()
	 * @generated
	 */
	void setFact(FactDefinition value);

	/**
	 * Returns the value of the '<em><b>Points Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Per Unit</em>' attribute.
	 * @see #setPointsPerUnit(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getPerUnitRule_PointsPerUnit()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getPointsPerUnit();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.PerUnitRule#getPointsPerUnit <em>Points Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Per Unit</em>' attribute.
	 * @see #getPointsPerUnit()
	 * @generated
	 */
	void setPointsPerUnit(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only whole units count: floor(value / unitSize) × pointsPerUnit (Jiangsu 6.2: 1 point per whole 10 万元).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Size</em>' attribute.
	 * @see #setUnitSize(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getPerUnitRule_UnitSize()
	 * @model default="1"
	 * @generated
	 */
	BigDecimal getUnitSize();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.PerUnitRule#getUnitSize <em>Unit Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Size</em>' attribute.
	 * @see #getUnitSize()
	 * @generated
	 */
	void setUnitSize(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cap</em>' attribute.
	 * @see #setCap(BigDecimal)
	 * @see org.crediteval.model.scheme.SchemePackage#getPerUnitRule_Cap()
	 * @model
	 * @generated
	 */
	BigDecimal getCap();

	/**
	 * Sets the value of the '{@link org.crediteval.model.scheme.PerUnitRule#getCap <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cap</em>' attribute.
	 * @see #getCap()
	 * @generated
	 */
	void setCap(BigDecimal value);

} // PerUnitRule
