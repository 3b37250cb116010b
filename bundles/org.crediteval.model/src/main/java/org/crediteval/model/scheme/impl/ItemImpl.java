/**
 */
package org.crediteval.model.scheme.impl;

import java.util.Collection;

import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Rule;
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
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getEvidenceBasis <em>Evidence Basis</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getAssessmentMethods <em>Assessment Methods</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getGates <em>Gates</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.ItemImpl#getDeductions <em>Deductions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends EObjectImpl implements Item {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected Rule rule;

	/**
	 * The cached value of the '{@link #getGates() <em>Gates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGates()
	 * @generated
	 * @ordered
	 */
	protected EList<Gate> gates;

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
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.ITEM__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidenceBasis() {
		if (evidenceBasis == null) {
			evidenceBasis = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.ITEM__EVIDENCE_BASIS);
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
			assessmentMethods = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.ITEM__ASSESSMENT_METHODS);
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
			notes = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.ITEM__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rule getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRule(Rule newRule, NotificationChain msgs) {
		Rule oldRule = rule;
		rule = newRule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchemePackage.ITEM__RULE, oldRule, newRule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(Rule newRule) {
		if (newRule != rule) {
			NotificationChain msgs = null;
			if (rule != null)
				msgs = ((InternalEObject)rule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchemePackage.ITEM__RULE, null, msgs);
			if (newRule != null)
				msgs = ((InternalEObject)newRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchemePackage.ITEM__RULE, null, msgs);
			msgs = basicSetRule(newRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.ITEM__RULE, newRule, newRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gate> getGates() {
		if (gates == null) {
			gates = new EObjectContainmentEList<Gate>(Gate.class, this, SchemePackage.ITEM__GATES);
		}
		return gates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deduction> getDeductions() {
		if (deductions == null) {
			deductions = new EObjectContainmentEList<Deduction>(Deduction.class, this, SchemePackage.ITEM__DEDUCTIONS);
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
			case SchemePackage.ITEM__RULE:
				return basicSetRule(null, msgs);
			case SchemePackage.ITEM__GATES:
				return ((InternalEList<?>)getGates()).basicRemove(otherEnd, msgs);
			case SchemePackage.ITEM__DEDUCTIONS:
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
			case SchemePackage.ITEM__ID:
				return getId();
			case SchemePackage.ITEM__LABEL:
				return getLabel();
			case SchemePackage.ITEM__EVIDENCE_BASIS:
				return getEvidenceBasis();
			case SchemePackage.ITEM__ASSESSMENT_METHODS:
				return getAssessmentMethods();
			case SchemePackage.ITEM__NOTES:
				return getNotes();
			case SchemePackage.ITEM__RULE:
				return getRule();
			case SchemePackage.ITEM__GATES:
				return getGates();
			case SchemePackage.ITEM__DEDUCTIONS:
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
			case SchemePackage.ITEM__ID:
				setId((String)newValue);
				return;
			case SchemePackage.ITEM__LABEL:
				setLabel((String)newValue);
				return;
			case SchemePackage.ITEM__EVIDENCE_BASIS:
				getEvidenceBasis().clear();
				getEvidenceBasis().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.ITEM__ASSESSMENT_METHODS:
				getAssessmentMethods().clear();
				getAssessmentMethods().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.ITEM__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.ITEM__RULE:
				setRule((Rule)newValue);
				return;
			case SchemePackage.ITEM__GATES:
				getGates().clear();
				getGates().addAll((Collection<? extends Gate>)newValue);
				return;
			case SchemePackage.ITEM__DEDUCTIONS:
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
			case SchemePackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case SchemePackage.ITEM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case SchemePackage.ITEM__EVIDENCE_BASIS:
				getEvidenceBasis().clear();
				return;
			case SchemePackage.ITEM__ASSESSMENT_METHODS:
				getAssessmentMethods().clear();
				return;
			case SchemePackage.ITEM__NOTES:
				getNotes().clear();
				return;
			case SchemePackage.ITEM__RULE:
				setRule((Rule)null);
				return;
			case SchemePackage.ITEM__GATES:
				getGates().clear();
				return;
			case SchemePackage.ITEM__DEDUCTIONS:
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
			case SchemePackage.ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SchemePackage.ITEM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case SchemePackage.ITEM__EVIDENCE_BASIS:
				return evidenceBasis != null && !evidenceBasis.isEmpty();
			case SchemePackage.ITEM__ASSESSMENT_METHODS:
				return assessmentMethods != null && !assessmentMethods.isEmpty();
			case SchemePackage.ITEM__NOTES:
				return notes != null && !notes.isEmpty();
			case SchemePackage.ITEM__RULE:
				return rule != null;
			case SchemePackage.ITEM__GATES:
				return gates != null && !gates.isEmpty();
			case SchemePackage.ITEM__DEDUCTIONS:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", evidenceBasis: ");
		result.append(evidenceBasis);
		result.append(", assessmentMethods: ");
		result.append(assessmentMethods);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
