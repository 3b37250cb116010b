/**
 */
package org.crediteval.model.scheme.impl;

import java.util.Collection;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
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
 * An implementation of the model object '<em><b>Level Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.LevelRuleImpl#getFact <em>Fact</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.LevelRuleImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelRuleImpl extends RuleImpl implements LevelRule {
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
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<LevelScore> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.LEVEL_RULE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchemePackage.LEVEL_RULE__FACT, oldFact, fact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.LEVEL_RULE__FACT, oldFact, fact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LevelScore> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<LevelScore>(LevelScore.class, this, SchemePackage.LEVEL_RULE__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchemePackage.LEVEL_RULE__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case SchemePackage.LEVEL_RULE__FACT:
				if (resolve) return getFact();
				return basicGetFact();
			case SchemePackage.LEVEL_RULE__SCORES:
				return getScores();
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
			case SchemePackage.LEVEL_RULE__FACT:
				setFact((FactDefinition)newValue);
				return;
			case SchemePackage.LEVEL_RULE__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends LevelScore>)newValue);
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
			case SchemePackage.LEVEL_RULE__FACT:
				setFact((FactDefinition)null);
				return;
			case SchemePackage.LEVEL_RULE__SCORES:
				getScores().clear();
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
			case SchemePackage.LEVEL_RULE__FACT:
				return fact != null;
			case SchemePackage.LEVEL_RULE__SCORES:
				return scores != null && !scores.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LevelRuleImpl
