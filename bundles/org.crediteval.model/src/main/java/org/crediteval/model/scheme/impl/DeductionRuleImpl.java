/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.SchemePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deduction Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.DeductionRuleImpl#getFull <em>Full</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.DeductionRuleImpl#getDeductions <em>Deductions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeductionRuleImpl extends RuleImpl implements DeductionRule {
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
	 * The cached value of the '{@link #getDeductions() <em>Deductions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductions()
	 * @generated
	 * @ordered
	 */
	protected EList<Deduction> deductions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeductionRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.DEDUCTION_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.DEDUCTION_RULE__FULL, oldFull, full));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deduction> getDeductions() {
		if (deductions == null) {
			deductions = new EObjectContainmentEList<Deduction>(Deduction.class, this, SchemePackage.DEDUCTION_RULE__DEDUCTIONS);
		}
		return deductions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchemePackage.DEDUCTION_RULE__DEDUCTIONS:
				return ((InternalEList<?>)getDeductions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchemePackage.DEDUCTION_RULE__FULL:
				return getFull();
			case SchemePackage.DEDUCTION_RULE__DEDUCTIONS:
				return getDeductions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SchemePackage.DEDUCTION_RULE__FULL:
				setFull((BigDecimal)newValue);
				return;
			case SchemePackage.DEDUCTION_RULE__DEDUCTIONS:
				getDeductions().clear();
				getDeductions().addAll((Collection<? extends Deduction>)newValue);
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
			case SchemePackage.DEDUCTION_RULE__FULL:
				setFull(FULL_EDEFAULT);
				return;
			case SchemePackage.DEDUCTION_RULE__DEDUCTIONS:
				getDeductions().clear();
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
			case SchemePackage.DEDUCTION_RULE__FULL:
				return FULL_EDEFAULT == null ? full != null : !FULL_EDEFAULT.equals(full);
			case SchemePackage.DEDUCTION_RULE__DEDUCTIONS:
				return deductions != null && !deductions.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //DeductionRuleImpl
