/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.SchemePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Per Unit Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl#getPointsPerUnit <em>Points Per Unit</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl#getUnitSize <em>Unit Size</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl#getCap <em>Cap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerUnitRuleImpl extends RuleImpl implements PerUnitRule {
	/**
	 * The cached value of the '{@link #getFact() <em>Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFact()
	 * @generated
	 * @ordered
	 */
	protected FactDefinition fact;

	/**
	 * The default value of the '{@link #getPointsPerUnit() <em>Points Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal POINTS_PER_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPointsPerUnit() <em>Points Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPerUnit()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal pointsPerUnit = POINTS_PER_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitSize() <em>Unit Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitSize()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal UNIT_SIZE_EDEFAULT = new BigDecimal("1");

	/**
	 * The cached value of the '{@link #getUnitSize() <em>Unit Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitSize()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal unitSize = UNIT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cap = CAP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerUnitRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.PER_UNIT_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactDefinition getFact() {
		if (fact != null && fact.eIsProxy()) {
			InternalEObject oldFact = (InternalEObject)fact;
			fact = (FactDefinition)eResolveProxy(oldFact);
			if (fact != oldFact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchemePackage.PER_UNIT_RULE__FACT, oldFact, fact));
			}
		}
		return fact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactDefinition basicGetFact() {
		return fact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFact(FactDefinition newFact) {
		FactDefinition oldFact = fact;
		fact = newFact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.PER_UNIT_RULE__FACT, oldFact, fact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPointsPerUnit() {
		return pointsPerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsPerUnit(BigDecimal newPointsPerUnit) {
		BigDecimal oldPointsPerUnit = pointsPerUnit;
		pointsPerUnit = newPointsPerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.PER_UNIT_RULE__POINTS_PER_UNIT, oldPointsPerUnit, pointsPerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getUnitSize() {
		return unitSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitSize(BigDecimal newUnitSize) {
		BigDecimal oldUnitSize = unitSize;
		unitSize = newUnitSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.PER_UNIT_RULE__UNIT_SIZE, oldUnitSize, unitSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCap() {
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCap(BigDecimal newCap) {
		BigDecimal oldCap = cap;
		cap = newCap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.PER_UNIT_RULE__CAP, oldCap, cap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchemePackage.PER_UNIT_RULE__FACT:
				if (resolve) return getFact();
				return basicGetFact();
			case SchemePackage.PER_UNIT_RULE__POINTS_PER_UNIT:
				return getPointsPerUnit();
			case SchemePackage.PER_UNIT_RULE__UNIT_SIZE:
				return getUnitSize();
			case SchemePackage.PER_UNIT_RULE__CAP:
				return getCap();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SchemePackage.PER_UNIT_RULE__FACT:
				setFact((FactDefinition)newValue);
				return;
			case SchemePackage.PER_UNIT_RULE__POINTS_PER_UNIT:
				setPointsPerUnit((BigDecimal)newValue);
				return;
			case SchemePackage.PER_UNIT_RULE__UNIT_SIZE:
				setUnitSize((BigDecimal)newValue);
				return;
			case SchemePackage.PER_UNIT_RULE__CAP:
				setCap((BigDecimal)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SchemePackage.PER_UNIT_RULE__FACT:
				setFact((FactDefinition)null);
				return;
			case SchemePackage.PER_UNIT_RULE__POINTS_PER_UNIT:
				setPointsPerUnit(POINTS_PER_UNIT_EDEFAULT);
				return;
			case SchemePackage.PER_UNIT_RULE__UNIT_SIZE:
				setUnitSize(UNIT_SIZE_EDEFAULT);
				return;
			case SchemePackage.PER_UNIT_RULE__CAP:
				setCap(CAP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SchemePackage.PER_UNIT_RULE__FACT:
				return fact != null;
			case SchemePackage.PER_UNIT_RULE__POINTS_PER_UNIT:
				return POINTS_PER_UNIT_EDEFAULT == null ? pointsPerUnit != null : !POINTS_PER_UNIT_EDEFAULT.equals(pointsPerUnit);
			case SchemePackage.PER_UNIT_RULE__UNIT_SIZE:
				return UNIT_SIZE_EDEFAULT == null ? unitSize != null : !UNIT_SIZE_EDEFAULT.equals(unitSize);
			case SchemePackage.PER_UNIT_RULE__CAP:
				return CAP_EDEFAULT == null ? cap != null : !CAP_EDEFAULT.equals(cap);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pointsPerUnit: ");
		result.append(pointsPerUnit);
		result.append(", unitSize: ");
		result.append(unitSize);
		result.append(", cap: ");
		result.append(cap);
		result.append(')');
		return result.toString();
	}

} //PerUnitRuleImpl
