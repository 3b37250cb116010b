/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.SchemePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getResponsibleUnits <em>Responsible Units</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getEvidenceBasis <em>Evidence Basis</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getAssessmentMethods <em>Assessment Methods</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.IndicatorImpl#getCapGroups <em>Cap Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends EObjectImpl implements Indicator {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal max = MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibleUnits() <em>Responsible Units</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> responsibleUnits;

	/**
	 * The cached value of the '{@link #getEvidenceBasis() <em>Evidence Basis</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceBasis()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidenceBasis;

	/**
	 * The cached value of the '{@link #getAssessmentMethods() <em>Assessment Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<String> assessmentMethods;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> notes;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<Item> items;

	/**
	 * The cached value of the '{@link #getCapGroups() <em>Cap Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<CapGroup> capGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.INDICATOR__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.INDICATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.INDICATOR__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(BigDecimal newMax) {
		BigDecimal oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.INDICATOR__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResponsibleUnits() {
		if (responsibleUnits == null) {
			responsibleUnits = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.INDICATOR__RESPONSIBLE_UNITS);
		}
		return responsibleUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidenceBasis() {
		if (evidenceBasis == null) {
			evidenceBasis = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.INDICATOR__EVIDENCE_BASIS);
		}
		return evidenceBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAssessmentMethods() {
		if (assessmentMethods == null) {
			assessmentMethods = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.INDICATOR__ASSESSMENT_METHODS);
		}
		return assessmentMethods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.INDICATOR__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Item> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<Item>(Item.class, this, SchemePackage.INDICATOR__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapGroup> getCapGroups() {
		if (capGroups == null) {
			capGroups = new EObjectContainmentEList<CapGroup>(CapGroup.class, this, SchemePackage.INDICATOR__CAP_GROUPS);
		}
		return capGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchemePackage.INDICATOR__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case SchemePackage.INDICATOR__CAP_GROUPS:
				return ((InternalEList<?>)getCapGroups()).basicRemove(otherEnd, msgs);
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
			case SchemePackage.INDICATOR__ID:
				return getId();
			case SchemePackage.INDICATOR__NAME:
				return getName();
			case SchemePackage.INDICATOR__NAME_EN:
				return getNameEn();
			case SchemePackage.INDICATOR__MAX:
				return getMax();
			case SchemePackage.INDICATOR__RESPONSIBLE_UNITS:
				return getResponsibleUnits();
			case SchemePackage.INDICATOR__EVIDENCE_BASIS:
				return getEvidenceBasis();
			case SchemePackage.INDICATOR__ASSESSMENT_METHODS:
				return getAssessmentMethods();
			case SchemePackage.INDICATOR__NOTES:
				return getNotes();
			case SchemePackage.INDICATOR__ITEMS:
				return getItems();
			case SchemePackage.INDICATOR__CAP_GROUPS:
				return getCapGroups();
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
			case SchemePackage.INDICATOR__ID:
				setId((String)newValue);
				return;
			case SchemePackage.INDICATOR__NAME:
				setName((String)newValue);
				return;
			case SchemePackage.INDICATOR__NAME_EN:
				setNameEn((String)newValue);
				return;
			case SchemePackage.INDICATOR__MAX:
				setMax((BigDecimal)newValue);
				return;
			case SchemePackage.INDICATOR__RESPONSIBLE_UNITS:
				getResponsibleUnits().clear();
				getResponsibleUnits().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.INDICATOR__EVIDENCE_BASIS:
				getEvidenceBasis().clear();
				getEvidenceBasis().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.INDICATOR__ASSESSMENT_METHODS:
				getAssessmentMethods().clear();
				getAssessmentMethods().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.INDICATOR__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.INDICATOR__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends Item>)newValue);
				return;
			case SchemePackage.INDICATOR__CAP_GROUPS:
				getCapGroups().clear();
				getCapGroups().addAll((Collection<? extends CapGroup>)newValue);
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
			case SchemePackage.INDICATOR__ID:
				setId(ID_EDEFAULT);
				return;
			case SchemePackage.INDICATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchemePackage.INDICATOR__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case SchemePackage.INDICATOR__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case SchemePackage.INDICATOR__RESPONSIBLE_UNITS:
				getResponsibleUnits().clear();
				return;
			case SchemePackage.INDICATOR__EVIDENCE_BASIS:
				getEvidenceBasis().clear();
				return;
			case SchemePackage.INDICATOR__ASSESSMENT_METHODS:
				getAssessmentMethods().clear();
				return;
			case SchemePackage.INDICATOR__NOTES:
				getNotes().clear();
				return;
			case SchemePackage.INDICATOR__ITEMS:
				getItems().clear();
				return;
			case SchemePackage.INDICATOR__CAP_GROUPS:
				getCapGroups().clear();
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
			case SchemePackage.INDICATOR__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SchemePackage.INDICATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchemePackage.INDICATOR__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case SchemePackage.INDICATOR__MAX:
				return MAX_EDEFAULT == null ? max != null : !MAX_EDEFAULT.equals(max);
			case SchemePackage.INDICATOR__RESPONSIBLE_UNITS:
				return responsibleUnits != null && !responsibleUnits.isEmpty();
			case SchemePackage.INDICATOR__EVIDENCE_BASIS:
				return evidenceBasis != null && !evidenceBasis.isEmpty();
			case SchemePackage.INDICATOR__ASSESSMENT_METHODS:
				return assessmentMethods != null && !assessmentMethods.isEmpty();
			case SchemePackage.INDICATOR__NOTES:
				return notes != null && !notes.isEmpty();
			case SchemePackage.INDICATOR__ITEMS:
				return items != null && !items.isEmpty();
			case SchemePackage.INDICATOR__CAP_GROUPS:
				return capGroups != null && !capGroups.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", max: ");
		result.append(max);
		result.append(", responsibleUnits: ");
		result.append(responsibleUnits);
		result.append(", evidenceBasis: ");
		result.append(evidenceBasis);
		result.append(", assessmentMethods: ");
		result.append(assessmentMethods);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
