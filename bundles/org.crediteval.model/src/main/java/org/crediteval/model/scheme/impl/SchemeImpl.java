/**
 */
package org.crediteval.model.scheme.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;
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
 * An implementation of the model object '<em><b>Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getBaseMax <em>Base Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getBonusMax <em>Bonus Max</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.crediteval.model.scheme.impl.SchemeImpl#getQuestionnaire <em>Questionnaire</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchemeImpl extends EObjectImpl implements Scheme {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected String nameZh = NAME_ZH_EDEFAULT;

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
	 * The default value of the '{@link #getBaseMax() <em>Base Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMax()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASE_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseMax() <em>Base Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMax()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseMax = BASE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBonusMax() <em>Bonus Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonusMax()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BONUS_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBonusMax() <em>Bonus Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonusMax()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal bonusMax = BONUS_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

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
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected EList<FactDefinition> facts;

	/**
	 * The cached value of the '{@link #getQuestionnaire() <em>Questionnaire</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionnaire()
	 * @generated
	 * @ordered
	 */
	protected Questionnaire questionnaire;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchemePackage.Literals.SCHEME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameZh() {
		return nameZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameZh(String newNameZh) {
		String oldNameZh = nameZh;
		nameZh = newNameZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__NAME_ZH, oldNameZh, nameZh));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseMax() {
		return baseMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseMax(BigDecimal newBaseMax) {
		BigDecimal oldBaseMax = baseMax;
		baseMax = newBaseMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__BASE_MAX, oldBaseMax, baseMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBonusMax() {
		return bonusMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBonusMax(BigDecimal newBonusMax) {
		BigDecimal oldBonusMax = bonusMax;
		bonusMax = newBonusMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__BONUS_MAX, oldBonusMax, bonusMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, SchemePackage.SCHEME__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<Dimension>(Dimension.class, this, SchemePackage.SCHEME__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FactDefinition> getFacts() {
		if (facts == null) {
			facts = new EObjectContainmentEList<FactDefinition>(FactDefinition.class, this, SchemePackage.SCHEME__FACTS);
		}
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Questionnaire getQuestionnaire() {
		return questionnaire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuestionnaire(Questionnaire newQuestionnaire, NotificationChain msgs) {
		Questionnaire oldQuestionnaire = questionnaire;
		questionnaire = newQuestionnaire;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__QUESTIONNAIRE, oldQuestionnaire, newQuestionnaire);
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
	public void setQuestionnaire(Questionnaire newQuestionnaire) {
		if (newQuestionnaire != questionnaire) {
			NotificationChain msgs = null;
			if (questionnaire != null)
				msgs = ((InternalEObject)questionnaire).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchemePackage.SCHEME__QUESTIONNAIRE, null, msgs);
			if (newQuestionnaire != null)
				msgs = ((InternalEObject)newQuestionnaire).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchemePackage.SCHEME__QUESTIONNAIRE, null, msgs);
			msgs = basicSetQuestionnaire(newQuestionnaire, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchemePackage.SCHEME__QUESTIONNAIRE, newQuestionnaire, newQuestionnaire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchemePackage.SCHEME__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case SchemePackage.SCHEME__FACTS:
				return ((InternalEList<?>)getFacts()).basicRemove(otherEnd, msgs);
			case SchemePackage.SCHEME__QUESTIONNAIRE:
				return basicSetQuestionnaire(null, msgs);
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
			case SchemePackage.SCHEME__ID:
				return getId();
			case SchemePackage.SCHEME__VERSION:
				return getVersion();
			case SchemePackage.SCHEME__NAME_ZH:
				return getNameZh();
			case SchemePackage.SCHEME__NAME_EN:
				return getNameEn();
			case SchemePackage.SCHEME__BASE_MAX:
				return getBaseMax();
			case SchemePackage.SCHEME__BONUS_MAX:
				return getBonusMax();
			case SchemePackage.SCHEME__SOURCE:
				return getSource();
			case SchemePackage.SCHEME__NOTES:
				return getNotes();
			case SchemePackage.SCHEME__DIMENSIONS:
				return getDimensions();
			case SchemePackage.SCHEME__FACTS:
				return getFacts();
			case SchemePackage.SCHEME__QUESTIONNAIRE:
				return getQuestionnaire();
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
			case SchemePackage.SCHEME__ID:
				setId((String)newValue);
				return;
			case SchemePackage.SCHEME__VERSION:
				setVersion((String)newValue);
				return;
			case SchemePackage.SCHEME__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case SchemePackage.SCHEME__NAME_EN:
				setNameEn((String)newValue);
				return;
			case SchemePackage.SCHEME__BASE_MAX:
				setBaseMax((BigDecimal)newValue);
				return;
			case SchemePackage.SCHEME__BONUS_MAX:
				setBonusMax((BigDecimal)newValue);
				return;
			case SchemePackage.SCHEME__SOURCE:
				setSource((String)newValue);
				return;
			case SchemePackage.SCHEME__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case SchemePackage.SCHEME__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case SchemePackage.SCHEME__FACTS:
				getFacts().clear();
				getFacts().addAll((Collection<? extends FactDefinition>)newValue);
				return;
			case SchemePackage.SCHEME__QUESTIONNAIRE:
				setQuestionnaire((Questionnaire)newValue);
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
			case SchemePackage.SCHEME__ID:
				setId(ID_EDEFAULT);
				return;
			case SchemePackage.SCHEME__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SchemePackage.SCHEME__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case SchemePackage.SCHEME__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case SchemePackage.SCHEME__BASE_MAX:
				setBaseMax(BASE_MAX_EDEFAULT);
				return;
			case SchemePackage.SCHEME__BONUS_MAX:
				setBonusMax(BONUS_MAX_EDEFAULT);
				return;
			case SchemePackage.SCHEME__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SchemePackage.SCHEME__NOTES:
				getNotes().clear();
				return;
			case SchemePackage.SCHEME__DIMENSIONS:
				getDimensions().clear();
				return;
			case SchemePackage.SCHEME__FACTS:
				getFacts().clear();
				return;
			case SchemePackage.SCHEME__QUESTIONNAIRE:
				setQuestionnaire((Questionnaire)null);
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
			case SchemePackage.SCHEME__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SchemePackage.SCHEME__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SchemePackage.SCHEME__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case SchemePackage.SCHEME__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case SchemePackage.SCHEME__BASE_MAX:
				return BASE_MAX_EDEFAULT == null ? baseMax != null : !BASE_MAX_EDEFAULT.equals(baseMax);
			case SchemePackage.SCHEME__BONUS_MAX:
				return BONUS_MAX_EDEFAULT == null ? bonusMax != null : !BONUS_MAX_EDEFAULT.equals(bonusMax);
			case SchemePackage.SCHEME__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case SchemePackage.SCHEME__NOTES:
				return notes != null && !notes.isEmpty();
			case SchemePackage.SCHEME__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case SchemePackage.SCHEME__FACTS:
				return facts != null && !facts.isEmpty();
			case SchemePackage.SCHEME__QUESTIONNAIRE:
				return questionnaire != null;
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
		result.append(", version: ");
		result.append(version);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", baseMax: ");
		result.append(baseMax);
		result.append(", bonusMax: ");
		result.append(bonusMax);
		result.append(", source: ");
		result.append(source);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //SchemeImpl
