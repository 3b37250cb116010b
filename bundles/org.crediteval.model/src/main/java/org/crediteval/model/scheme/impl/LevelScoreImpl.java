/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.SchemePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Level Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.LevelScoreImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.LevelScoreImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.LevelScoreImpl#getPointsFact <em>Points Fact</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelScoreImpl extends EObjectImpl implements LevelScore {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal points = POINTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPointsFact() <em>Points Fact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsFact()
	 * @generated
	 * @ordered
	 */
	protected FactDefinition pointsFact;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.LEVEL_SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.LEVEL_SCORE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(BigDecimal newPoints) {
		BigDecimal oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.LEVEL_SCORE__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactDefinition getPointsFact() {
		if (pointsFact != null && pointsFact.eIsProxy()) {
			InternalEObject oldPointsFact = (InternalEObject)pointsFact;
			pointsFact = (FactDefinition)eResolveProxy(oldPointsFact);
			if (pointsFact != oldPointsFact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchemePackage.LEVEL_SCORE__POINTS_FACT, oldPointsFact, pointsFact));
			}
		}
		return pointsFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactDefinition basicGetPointsFact() {
		return pointsFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsFact(FactDefinition newPointsFact) {
		FactDefinition oldPointsFact = pointsFact;
		pointsFact = newPointsFact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.LEVEL_SCORE__POINTS_FACT, oldPointsFact, pointsFact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchemePackage.LEVEL_SCORE__LEVEL:
				return getLevel();
			case SchemePackage.LEVEL_SCORE__POINTS:
				return getPoints();
			case SchemePackage.LEVEL_SCORE__POINTS_FACT:
				if (resolve) return getPointsFact();
				return basicGetPointsFact();
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
			case SchemePackage.LEVEL_SCORE__LEVEL:
				setLevel((String)newValue);
				return;
			case SchemePackage.LEVEL_SCORE__POINTS:
				setPoints((BigDecimal)newValue);
				return;
			case SchemePackage.LEVEL_SCORE__POINTS_FACT:
				setPointsFact((FactDefinition)newValue);
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
			case SchemePackage.LEVEL_SCORE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case SchemePackage.LEVEL_SCORE__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case SchemePackage.LEVEL_SCORE__POINTS_FACT:
				setPointsFact((FactDefinition)null);
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
			case SchemePackage.LEVEL_SCORE__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case SchemePackage.LEVEL_SCORE__POINTS:
				return POINTS_EDEFAULT == null ? points != null : !POINTS_EDEFAULT.equals(points);
			case SchemePackage.LEVEL_SCORE__POINTS_FACT:
				return pointsFact != null;
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
		result.append(" (level: ");
		result.append(level);
		result.append(", points: ");
		result.append(points);
		result.append(')');
		return result.toString();
	}

} //LevelScoreImpl
