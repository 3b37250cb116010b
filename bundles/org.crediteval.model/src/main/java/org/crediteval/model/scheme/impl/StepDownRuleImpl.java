/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.SchemePackage;
import org.crediteval.model.scheme.StepDownRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Down Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getFull <em>Full</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getDecrement <em>Decrement</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.StepDownRuleImpl#getFloor <em>Floor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepDownRuleImpl extends RuleImpl implements StepDownRule {
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
	 * The default value of the '{@link #getFull() <em>Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFull()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FULL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFull() <em>Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFull()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal full = FULL_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal STEP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecrement() <em>Decrement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecrement()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DECREMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecrement() <em>Decrement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecrement()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal decrement = DECREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FLOOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal floor = FLOOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepDownRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.STEP_DOWN_RULE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchemePackage.STEP_DOWN_RULE__FACT, oldFact, fact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__FACT, oldFact, fact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFull() {
		return full;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFull(BigDecimal newFull) {
		BigDecimal oldFull = full;
		full = newFull;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__FULL, oldFull, full));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(BigDecimal newThreshold) {
		BigDecimal oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(BigDecimal newStep) {
		BigDecimal oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDecrement() {
		return decrement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecrement(BigDecimal newDecrement) {
		BigDecimal oldDecrement = decrement;
		decrement = newDecrement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__DECREMENT, oldDecrement, decrement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFloor() {
		return floor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloor(BigDecimal newFloor) {
		BigDecimal oldFloor = floor;
		floor = newFloor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.STEP_DOWN_RULE__FLOOR, oldFloor, floor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchemePackage.STEP_DOWN_RULE__FACT:
				if (resolve) return getFact();
				return basicGetFact();
			case SchemePackage.STEP_DOWN_RULE__FULL:
				return getFull();
			case SchemePackage.STEP_DOWN_RULE__THRESHOLD:
				return getThreshold();
			case SchemePackage.STEP_DOWN_RULE__STEP:
				return getStep();
			case SchemePackage.STEP_DOWN_RULE__DECREMENT:
				return getDecrement();
			case SchemePackage.STEP_DOWN_RULE__FLOOR:
				return getFloor();
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
			case SchemePackage.STEP_DOWN_RULE__FACT:
				setFact((FactDefinition)newValue);
				return;
			case SchemePackage.STEP_DOWN_RULE__FULL:
				setFull((BigDecimal)newValue);
				return;
			case SchemePackage.STEP_DOWN_RULE__THRESHOLD:
				setThreshold((BigDecimal)newValue);
				return;
			case SchemePackage.STEP_DOWN_RULE__STEP:
				setStep((BigDecimal)newValue);
				return;
			case SchemePackage.STEP_DOWN_RULE__DECREMENT:
				setDecrement((BigDecimal)newValue);
				return;
			case SchemePackage.STEP_DOWN_RULE__FLOOR:
				setFloor((BigDecimal)newValue);
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
			case SchemePackage.STEP_DOWN_RULE__FACT:
				setFact((FactDefinition)null);
				return;
			case SchemePackage.STEP_DOWN_RULE__FULL:
				setFull(FULL_EDEFAULT);
				return;
			case SchemePackage.STEP_DOWN_RULE__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case SchemePackage.STEP_DOWN_RULE__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case SchemePackage.STEP_DOWN_RULE__DECREMENT:
				setDecrement(DECREMENT_EDEFAULT);
				return;
			case SchemePackage.STEP_DOWN_RULE__FLOOR:
				setFloor(FLOOR_EDEFAULT);
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
			case SchemePackage.STEP_DOWN_RULE__FACT:
				return fact != null;
			case SchemePackage.STEP_DOWN_RULE__FULL:
				return FULL_EDEFAULT == null ? full != null : !FULL_EDEFAULT.equals(full);
			case SchemePackage.STEP_DOWN_RULE__THRESHOLD:
				return THRESHOLD_EDEFAULT == null ? threshold != null : !THRESHOLD_EDEFAULT.equals(threshold);
			case SchemePackage.STEP_DOWN_RULE__STEP:
				return STEP_EDEFAULT == null ? step != null : !STEP_EDEFAULT.equals(step);
			case SchemePackage.STEP_DOWN_RULE__DECREMENT:
				return DECREMENT_EDEFAULT == null ? decrement != null : !DECREMENT_EDEFAULT.equals(decrement);
			case SchemePackage.STEP_DOWN_RULE__FLOOR:
				return FLOOR_EDEFAULT == null ? floor != null : !FLOOR_EDEFAULT.equals(floor);
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
		result.append(" (full: ");
		result.append(full);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", step: ");
		result.append(step);
		result.append(", decrement: ");
		result.append(decrement);
		result.append(", floor: ");
		result.append(floor);
		result.append(')');
		return result.toString();
	}

} //StepDownRuleImpl
