/**
 */
package org.crediteval.model.scheme;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An assessment scheme (rule pack): dimensions, indicators, items with typed scoring rules, the facts they read, and an optional questionnaire. All points are exact decimals.
 * <!-- end-model-doc -->
 * @see org.crediteval.model.scheme.SchemeFactory
 * @model kind="package"
 * @generated
 */
public interface SchemePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scheme";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://crediteval.org/model/scheme/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scheme";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchemePackage eINSTANCE = org.crediteval.model.scheme.impl.SchemePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.SchemeImpl <em>Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.SchemeImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getScheme()
	 * @generated
	 */
	int SCHEME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NAME_ZH = 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NAME_EN = 3;

	/**
	 * The feature id for the '<em><b>Base Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__BASE_MAX = 4;

	/**
	 * The feature id for the '<em><b>Bonus Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__BONUS_MAX = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NOTES = 7;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__DIMENSIONS = 8;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__FACTS = 9;

	/**
	 * The feature id for the '<em><b>Questionnaire</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__QUESTIONNAIRE = 10;

	/**
	 * The number of structural features of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.DimensionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__MAX = 3;

	/**
	 * The feature id for the '<em><b>Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__BONUS = 4;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__INDICATORS = 5;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.IndicatorImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MAX = 3;

	/**
	 * The feature id for the '<em><b>Responsible Units</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__RESPONSIBLE_UNITS = 4;

	/**
	 * The feature id for the '<em><b>Evidence Basis</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__EVIDENCE_BASIS = 5;

	/**
	 * The feature id for the '<em><b>Assessment Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ASSESSMENT_METHODS = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NOTES = 7;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ITEMS = 8;

	/**
	 * The feature id for the '<em><b>Cap Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CAP_GROUPS = 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.CapGroupImpl <em>Cap Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.CapGroupImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getCapGroup()
	 * @generated
	 */
	int CAP_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_GROUP__MAX = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_GROUP__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_GROUP__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Cap Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAP_GROUP_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.ItemImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Evidence Basis</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__EVIDENCE_BASIS = 2;

	/**
	 * The feature id for the '<em><b>Assessment Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ASSESSMENT_METHODS = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NOTES = 4;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__RULE = 5;

	/**
	 * The feature id for the '<em><b>Gates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GATES = 6;

	/**
	 * The feature id for the '<em><b>Deductions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__DEDUCTIONS = 7;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.GateImpl <em>Gate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.GateImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getGate()
	 * @generated
	 */
	int GATE = 5;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__FACT = 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__CONDITION = 1;

	/**
	 * The number of structural features of the '<em>Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.DeductionImpl <em>Deduction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.DeductionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDeduction()
	 * @generated
	 */
	int DEDUCTION = 6;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__FACT = 0;

	/**
	 * The feature id for the '<em><b>Points Each</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__POINTS_EACH = 1;

	/**
	 * The number of structural features of the '<em>Deduction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.RuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.RuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRule()
	 * @generated
	 */
	int RULE = 7;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FEATURE_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.CheckRuleImpl <em>Check Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.CheckRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getCheckRule()
	 * @generated
	 */
	int CHECK_RULE = 8;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RULE__POINTS = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Check Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl <em>Per Unit Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.PerUnitRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getPerUnitRule()
	 * @generated
	 */
	int PER_UNIT_RULE = 9;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_UNIT_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Points Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_UNIT_RULE__POINTS_PER_UNIT = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_UNIT_RULE__UNIT_SIZE = RULE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_UNIT_RULE__CAP = RULE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Per Unit Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_UNIT_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.RatioRuleImpl <em>Ratio Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.RatioRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRatioRule()
	 * @generated
	 */
	int RATIO_RULE = 10;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATIO_RULE__ACTUAL = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATIO_RULE__TARGET = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATIO_RULE__POINTS = RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Ratio Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATIO_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.BandsRuleImpl <em>Bands Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.BandsRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getBandsRule()
	 * @generated
	 */
	int BANDS_RULE = 11;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDS_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDS_RULE__BANDS = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Bands Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDS_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.BandImpl <em>Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.BandImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getBand()
	 * @generated
	 */
	int BAND = 12;

	/**
	 * The feature id for the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__LOWER_BOUND = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__POINTS = 1;

	/**
	 * The number of structural features of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.LevelRuleImpl <em>Level Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.LevelRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelRule()
	 * @generated
	 */
	int LEVEL_RULE = 13;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_RULE__SCORES = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Level Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.LevelScoreImpl <em>Level Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.LevelScoreImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelScore()
	 * @generated
	 */
	int LEVEL_SCORE = 14;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_SCORE__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_SCORE__POINTS = 1;

	/**
	 * The feature id for the '<em><b>Points Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_SCORE__POINTS_FACT = 2;

	/**
	 * The number of structural features of the '<em>Level Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_SCORE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.StepDownRuleImpl <em>Step Down Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.StepDownRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getStepDownRule()
	 * @generated
	 */
	int STEP_DOWN_RULE = 15;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__FULL = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__THRESHOLD = RULE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__STEP = RULE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decrement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__DECREMENT = RULE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE__FLOOR = RULE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Step Down Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DOWN_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.DeductionRuleImpl <em>Deduction Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.DeductionRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDeductionRule()
	 * @generated
	 */
	int DEDUCTION_RULE = 16;

	/**
	 * The feature id for the '<em><b>Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_RULE__FULL = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Deductions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_RULE__DEDUCTIONS = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Deduction Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.DiscretionaryRuleImpl <em>Discretionary Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.DiscretionaryRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDiscretionaryRule()
	 * @generated
	 */
	int DISCRETIONARY_RULE = 17;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCRETIONARY_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCRETIONARY_RULE__MAX = RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Discretionary Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCRETIONARY_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.ExternalRuleImpl <em>External Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.ExternalRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getExternalRule()
	 * @generated
	 */
	int EXTERNAL_RULE = 18;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_RULE__FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_RULE__MAX = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_RULE__BODY = RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>External Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.SurveyRuleImpl <em>Survey Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.SurveyRuleImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getSurveyRule()
	 * @generated
	 */
	int SURVEY_RULE = 19;

	/**
	 * The feature id for the '<em><b>Fallback Fact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RULE__FALLBACK_FACT = RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RULE__MAX = RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Questionnaire</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RULE__QUESTIONNAIRE = RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Survey Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RULE_FEATURE_COUNT = RULE_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.FactDefinitionImpl <em>Fact Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.FactDefinitionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getFactDefinition()
	 * @generated
	 */
	int FACT_DEFINITION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__MAX = 3;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__LEVELS = 4;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__OPTIONAL = 5;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION__DEFAULT_VALUE = 6;

	/**
	 * The number of structural features of the '<em>Fact Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.LevelDefinitionImpl <em>Level Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.LevelDefinitionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelDefinition()
	 * @generated
	 */
	int LEVEL_DEFINITION = 21;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_DEFINITION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_DEFINITION__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Level Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_DEFINITION_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.QuestionnaireImpl <em>Questionnaire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.QuestionnaireImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestionnaire()
	 * @generated
	 */
	int QUESTIONNAIRE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__DEADLINE = 2;

	/**
	 * The feature id for the '<em><b>Cities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__CITIES = 3;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__CATEGORIES = 4;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE__QUESTIONS = 5;

	/**
	 * The number of structural features of the '<em>Questionnaire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTIONNAIRE_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.RespondentCategoryImpl <em>Respondent Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.RespondentCategoryImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRespondentCategory()
	 * @generated
	 */
	int RESPONDENT_CATEGORY = 23;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_CATEGORY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Quota</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_CATEGORY__QUOTA = 1;

	/**
	 * The number of structural features of the '<em>Respondent Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_CATEGORY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.QuestionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 24;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__OPTIONS = 3;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.impl.AnswerOptionImpl <em>Answer Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.impl.AnswerOptionImpl
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getAnswerOption()
	 * @generated
	 */
	int ANSWER_OPTION = 25;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPTION__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPTION__NUMERATOR = 1;

	/**
	 * The feature id for the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPTION__DENOMINATOR = 2;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPTION__EXCLUSIVE = 3;

	/**
	 * The number of structural features of the '<em>Answer Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPTION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.GateCondition <em>Gate Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.GateCondition
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getGateCondition()
	 * @generated
	 */
	int GATE_CONDITION = 26;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.FactType <em>Fact Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.FactType
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getFactType()
	 * @generated
	 */
	int FACT_TYPE = 27;

	/**
	 * The meta object id for the '{@link org.crediteval.model.scheme.QuestionKind <em>Question Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crediteval.model.scheme.QuestionKind
	 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestionKind()
	 * @generated
	 */
	int QUESTION_KIND = 28;


	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheme</em>'.
	 * @see org.crediteval.model.scheme.Scheme
	 * @generated
	 */
	EClass getScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getId()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getVersion()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getNameZh()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getNameEn()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getBaseMax <em>Base Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Max</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getBaseMax()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_BaseMax();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getBonusMax <em>Bonus Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonus Max</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getBonusMax()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_BonusMax();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Scheme#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getSource()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Source();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Scheme#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getNotes()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Scheme#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getDimensions()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Scheme#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getFacts()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_Facts();

	/**
	 * Returns the meta object for the containment reference '{@link org.crediteval.model.scheme.Scheme#getQuestionnaire <em>Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Questionnaire</em>'.
	 * @see org.crediteval.model.scheme.Scheme#getQuestionnaire()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_Questionnaire();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see org.crediteval.model.scheme.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Dimension#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.Dimension#getId()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Dimension#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crediteval.model.scheme.Dimension#getName()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Dimension#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.crediteval.model.scheme.Dimension#getNameEn()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Dimension#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.Dimension#getMax()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Dimension#isBonus <em>Bonus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonus</em>'.
	 * @see org.crediteval.model.scheme.Dimension#isBonus()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Bonus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Dimension#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.crediteval.model.scheme.Dimension#getIndicators()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Indicators();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.crediteval.model.scheme.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Indicator#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getId()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Indicator#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getNameEn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Indicator#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getMax()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Max();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Indicator#getResponsibleUnits <em>Responsible Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Responsible Units</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getResponsibleUnits()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ResponsibleUnits();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Indicator#getEvidenceBasis <em>Evidence Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Basis</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getEvidenceBasis()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_EvidenceBasis();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Indicator#getAssessmentMethods <em>Assessment Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Assessment Methods</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getAssessmentMethods()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_AssessmentMethods();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Indicator#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getNotes()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Indicator#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getItems()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Indicator#getCapGroups <em>Cap Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cap Groups</em>'.
	 * @see org.crediteval.model.scheme.Indicator#getCapGroups()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_CapGroups();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.CapGroup <em>Cap Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cap Group</em>'.
	 * @see org.crediteval.model.scheme.CapGroup
	 * @generated
	 */
	EClass getCapGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.CapGroup#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.CapGroup#getMax()
	 * @see #getCapGroup()
	 * @generated
	 */
	EAttribute getCapGroup_Max();

	/**
	 * Returns the meta object for the reference list '{@link org.crediteval.model.scheme.CapGroup#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Items</em>'.
	 * @see org.crediteval.model.scheme.CapGroup#getItems()
	 * @see #getCapGroup()
	 * @generated
	 */
	EReference getCapGroup_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.CapGroup#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crediteval.model.scheme.CapGroup#getNote()
	 * @see #getCapGroup()
	 * @generated
	 */
	EAttribute getCapGroup_Note();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.crediteval.model.scheme.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Item#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.crediteval.model.scheme.Item#getLabel()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Item#getEvidenceBasis <em>Evidence Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Basis</em>'.
	 * @see org.crediteval.model.scheme.Item#getEvidenceBasis()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_EvidenceBasis();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Item#getAssessmentMethods <em>Assessment Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Assessment Methods</em>'.
	 * @see org.crediteval.model.scheme.Item#getAssessmentMethods()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_AssessmentMethods();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Item#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.crediteval.model.scheme.Item#getNotes()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.crediteval.model.scheme.Item#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rule</em>'.
	 * @see org.crediteval.model.scheme.Item#getRule()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Rule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Item#getGates <em>Gates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gates</em>'.
	 * @see org.crediteval.model.scheme.Item#getGates()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Gates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Item#getDeductions <em>Deductions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deductions</em>'.
	 * @see org.crediteval.model.scheme.Item#getDeductions()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Deductions();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Gate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate</em>'.
	 * @see org.crediteval.model.scheme.Gate
	 * @generated
	 */
	EClass getGate();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.Gate#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.Gate#getFact()
	 * @see #getGate()
	 * @generated
	 */
	EReference getGate_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Gate#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.crediteval.model.scheme.Gate#getCondition()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Condition();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Deduction <em>Deduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deduction</em>'.
	 * @see org.crediteval.model.scheme.Deduction
	 * @generated
	 */
	EClass getDeduction();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.Deduction#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.Deduction#getFact()
	 * @see #getDeduction()
	 * @generated
	 */
	EReference getDeduction_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Deduction#getPointsEach <em>Points Each</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Each</em>'.
	 * @see org.crediteval.model.scheme.Deduction#getPointsEach()
	 * @see #getDeduction()
	 * @generated
	 */
	EAttribute getDeduction_PointsEach();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see org.crediteval.model.scheme.Rule
	 * @generated
	 */
	EClass getRule();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.CheckRule <em>Check Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Check Rule</em>'.
	 * @see org.crediteval.model.scheme.CheckRule
	 * @generated
	 */
	EClass getCheckRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.CheckRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.CheckRule#getFact()
	 * @see #getCheckRule()
	 * @generated
	 */
	EReference getCheckRule_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.CheckRule#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.crediteval.model.scheme.CheckRule#getPoints()
	 * @see #getCheckRule()
	 * @generated
	 */
	EAttribute getCheckRule_Points();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.PerUnitRule <em>Per Unit Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Per Unit Rule</em>'.
	 * @see org.crediteval.model.scheme.PerUnitRule
	 * @generated
	 */
	EClass getPerUnitRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.PerUnitRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.PerUnitRule#getFact()
	 * @see #getPerUnitRule()
	 * @generated
	 */
	EReference getPerUnitRule_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.PerUnitRule#getPointsPerUnit <em>Points Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Per Unit</em>'.
	 * @see org.crediteval.model.scheme.PerUnitRule#getPointsPerUnit()
	 * @see #getPerUnitRule()
	 * @generated
	 */
	EAttribute getPerUnitRule_PointsPerUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.PerUnitRule#getUnitSize <em>Unit Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Size</em>'.
	 * @see org.crediteval.model.scheme.PerUnitRule#getUnitSize()
	 * @see #getPerUnitRule()
	 * @generated
	 */
	EAttribute getPerUnitRule_UnitSize();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.PerUnitRule#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cap</em>'.
	 * @see org.crediteval.model.scheme.PerUnitRule#getCap()
	 * @see #getPerUnitRule()
	 * @generated
	 */
	EAttribute getPerUnitRule_Cap();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.RatioRule <em>Ratio Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ratio Rule</em>'.
	 * @see org.crediteval.model.scheme.RatioRule
	 * @generated
	 */
	EClass getRatioRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.RatioRule#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actual</em>'.
	 * @see org.crediteval.model.scheme.RatioRule#getActual()
	 * @see #getRatioRule()
	 * @generated
	 */
	EReference getRatioRule_Actual();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.RatioRule#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.crediteval.model.scheme.RatioRule#getTarget()
	 * @see #getRatioRule()
	 * @generated
	 */
	EReference getRatioRule_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.RatioRule#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.crediteval.model.scheme.RatioRule#getPoints()
	 * @see #getRatioRule()
	 * @generated
	 */
	EAttribute getRatioRule_Points();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.BandsRule <em>Bands Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bands Rule</em>'.
	 * @see org.crediteval.model.scheme.BandsRule
	 * @generated
	 */
	EClass getBandsRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.BandsRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.BandsRule#getFact()
	 * @see #getBandsRule()
	 * @generated
	 */
	EReference getBandsRule_Fact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.BandsRule#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.crediteval.model.scheme.BandsRule#getBands()
	 * @see #getBandsRule()
	 * @generated
	 */
	EReference getBandsRule_Bands();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band</em>'.
	 * @see org.crediteval.model.scheme.Band
	 * @generated
	 */
	EClass getBand();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Band#getLowerBound <em>Lower Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Bound</em>'.
	 * @see org.crediteval.model.scheme.Band#getLowerBound()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_LowerBound();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Band#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.crediteval.model.scheme.Band#getPoints()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Points();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.LevelRule <em>Level Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Rule</em>'.
	 * @see org.crediteval.model.scheme.LevelRule
	 * @generated
	 */
	EClass getLevelRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.LevelRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.LevelRule#getFact()
	 * @see #getLevelRule()
	 * @generated
	 */
	EReference getLevelRule_Fact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.LevelRule#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.crediteval.model.scheme.LevelRule#getScores()
	 * @see #getLevelRule()
	 * @generated
	 */
	EReference getLevelRule_Scores();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.LevelScore <em>Level Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Score</em>'.
	 * @see org.crediteval.model.scheme.LevelScore
	 * @generated
	 */
	EClass getLevelScore();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.LevelScore#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.crediteval.model.scheme.LevelScore#getLevel()
	 * @see #getLevelScore()
	 * @generated
	 */
	EAttribute getLevelScore_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.LevelScore#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.crediteval.model.scheme.LevelScore#getPoints()
	 * @see #getLevelScore()
	 * @generated
	 */
	EAttribute getLevelScore_Points();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.LevelScore#getPointsFact <em>Points Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Points Fact</em>'.
	 * @see org.crediteval.model.scheme.LevelScore#getPointsFact()
	 * @see #getLevelScore()
	 * @generated
	 */
	EReference getLevelScore_PointsFact();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.StepDownRule <em>Step Down Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Down Rule</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule
	 * @generated
	 */
	EClass getStepDownRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.StepDownRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getFact()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EReference getStepDownRule_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.StepDownRule#getFull <em>Full</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getFull()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EAttribute getStepDownRule_Full();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.StepDownRule#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getThreshold()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EAttribute getStepDownRule_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.StepDownRule#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getStep()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EAttribute getStepDownRule_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.StepDownRule#getDecrement <em>Decrement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decrement</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getDecrement()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EAttribute getStepDownRule_Decrement();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.StepDownRule#getFloor <em>Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor</em>'.
	 * @see org.crediteval.model.scheme.StepDownRule#getFloor()
	 * @see #getStepDownRule()
	 * @generated
	 */
	EAttribute getStepDownRule_Floor();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.DeductionRule <em>Deduction Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deduction Rule</em>'.
	 * @see org.crediteval.model.scheme.DeductionRule
	 * @generated
	 */
	EClass getDeductionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.DeductionRule#getFull <em>Full</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full</em>'.
	 * @see org.crediteval.model.scheme.DeductionRule#getFull()
	 * @see #getDeductionRule()
	 * @generated
	 */
	EAttribute getDeductionRule_Full();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.DeductionRule#getDeductions <em>Deductions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deductions</em>'.
	 * @see org.crediteval.model.scheme.DeductionRule#getDeductions()
	 * @see #getDeductionRule()
	 * @generated
	 */
	EReference getDeductionRule_Deductions();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.DiscretionaryRule <em>Discretionary Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Discretionary Rule</em>'.
	 * @see org.crediteval.model.scheme.DiscretionaryRule
	 * @generated
	 */
	EClass getDiscretionaryRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.DiscretionaryRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.DiscretionaryRule#getFact()
	 * @see #getDiscretionaryRule()
	 * @generated
	 */
	EReference getDiscretionaryRule_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.DiscretionaryRule#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.DiscretionaryRule#getMax()
	 * @see #getDiscretionaryRule()
	 * @generated
	 */
	EAttribute getDiscretionaryRule_Max();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.ExternalRule <em>External Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Rule</em>'.
	 * @see org.crediteval.model.scheme.ExternalRule
	 * @generated
	 */
	EClass getExternalRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.ExternalRule#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fact</em>'.
	 * @see org.crediteval.model.scheme.ExternalRule#getFact()
	 * @see #getExternalRule()
	 * @generated
	 */
	EReference getExternalRule_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.ExternalRule#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.ExternalRule#getMax()
	 * @see #getExternalRule()
	 * @generated
	 */
	EAttribute getExternalRule_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.ExternalRule#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.crediteval.model.scheme.ExternalRule#getBody()
	 * @see #getExternalRule()
	 * @generated
	 */
	EAttribute getExternalRule_Body();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.SurveyRule <em>Survey Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Rule</em>'.
	 * @see org.crediteval.model.scheme.SurveyRule
	 * @generated
	 */
	EClass getSurveyRule();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.SurveyRule#getFallbackFact <em>Fallback Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fallback Fact</em>'.
	 * @see org.crediteval.model.scheme.SurveyRule#getFallbackFact()
	 * @see #getSurveyRule()
	 * @generated
	 */
	EReference getSurveyRule_FallbackFact();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.SurveyRule#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.SurveyRule#getMax()
	 * @see #getSurveyRule()
	 * @generated
	 */
	EAttribute getSurveyRule_Max();

	/**
	 * Returns the meta object for the reference '{@link org.crediteval.model.scheme.SurveyRule#getQuestionnaire <em>Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Questionnaire</em>'.
	 * @see org.crediteval.model.scheme.SurveyRule#getQuestionnaire()
	 * @see #getSurveyRule()
	 * @generated
	 */
	EReference getSurveyRule_Questionnaire();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.FactDefinition <em>Fact Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact Definition</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition
	 * @generated
	 */
	EClass getFactDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getId()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getLabel()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getType()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getMax()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_Max();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.FactDefinition#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getLevels()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EReference getFactDefinition_Levels();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#isOptional()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_Optional();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.FactDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.crediteval.model.scheme.FactDefinition#getDefaultValue()
	 * @see #getFactDefinition()
	 * @generated
	 */
	EAttribute getFactDefinition_DefaultValue();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.LevelDefinition <em>Level Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Definition</em>'.
	 * @see org.crediteval.model.scheme.LevelDefinition
	 * @generated
	 */
	EClass getLevelDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.LevelDefinition#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crediteval.model.scheme.LevelDefinition#getCode()
	 * @see #getLevelDefinition()
	 * @generated
	 */
	EAttribute getLevelDefinition_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.LevelDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.crediteval.model.scheme.LevelDefinition#getLabel()
	 * @see #getLevelDefinition()
	 * @generated
	 */
	EAttribute getLevelDefinition_Label();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Questionnaire <em>Questionnaire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Questionnaire</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire
	 * @generated
	 */
	EClass getQuestionnaire();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Questionnaire#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getId()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EAttribute getQuestionnaire_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Questionnaire#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getTitle()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EAttribute getQuestionnaire_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Questionnaire#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getDeadline()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EAttribute getQuestionnaire_Deadline();

	/**
	 * Returns the meta object for the attribute list '{@link org.crediteval.model.scheme.Questionnaire#getCities <em>Cities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cities</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getCities()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EAttribute getQuestionnaire_Cities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Questionnaire#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getCategories()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EReference getQuestionnaire_Categories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Questionnaire#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.crediteval.model.scheme.Questionnaire#getQuestions()
	 * @see #getQuestionnaire()
	 * @generated
	 */
	EReference getQuestionnaire_Questions();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.RespondentCategory <em>Respondent Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Respondent Category</em>'.
	 * @see org.crediteval.model.scheme.RespondentCategory
	 * @generated
	 */
	EClass getRespondentCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.RespondentCategory#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crediteval.model.scheme.RespondentCategory#getCode()
	 * @see #getRespondentCategory()
	 * @generated
	 */
	EAttribute getRespondentCategory_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.RespondentCategory#getQuota <em>Quota</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quota</em>'.
	 * @see org.crediteval.model.scheme.RespondentCategory#getQuota()
	 * @see #getRespondentCategory()
	 * @generated
	 */
	EAttribute getRespondentCategory_Quota();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see org.crediteval.model.scheme.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Question#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.crediteval.model.scheme.Question#getNumber()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.crediteval.model.scheme.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.Question#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crediteval.model.scheme.Question#getKind()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crediteval.model.scheme.Question#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.crediteval.model.scheme.Question#getOptions()
	 * @see #getQuestion()
	 * @generated
	 */
	EReference getQuestion_Options();

	/**
	 * Returns the meta object for class '{@link org.crediteval.model.scheme.AnswerOption <em>Answer Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer Option</em>'.
	 * @see org.crediteval.model.scheme.AnswerOption
	 * @generated
	 */
	EClass getAnswerOption();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.AnswerOption#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.crediteval.model.scheme.AnswerOption#getLabel()
	 * @see #getAnswerOption()
	 * @generated
	 */
	EAttribute getAnswerOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.AnswerOption#getNumerator <em>Numerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator</em>'.
	 * @see org.crediteval.model.scheme.AnswerOption#getNumerator()
	 * @see #getAnswerOption()
	 * @generated
	 */
	EAttribute getAnswerOption_Numerator();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.AnswerOption#getDenominator <em>Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator</em>'.
	 * @see org.crediteval.model.scheme.AnswerOption#getDenominator()
	 * @see #getAnswerOption()
	 * @generated
	 */
	EAttribute getAnswerOption_Denominator();

	/**
	 * Returns the meta object for the attribute '{@link org.crediteval.model.scheme.AnswerOption#isExclusive <em>Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive</em>'.
	 * @see org.crediteval.model.scheme.AnswerOption#isExclusive()
	 * @see #getAnswerOption()
	 * @generated
	 */
	EAttribute getAnswerOption_Exclusive();

	/**
	 * Returns the meta object for enum '{@link org.crediteval.model.scheme.GateCondition <em>Gate Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Condition</em>'.
	 * @see org.crediteval.model.scheme.GateCondition
	 * @generated
	 */
	EEnum getGateCondition();

	/**
	 * Returns the meta object for enum '{@link org.crediteval.model.scheme.FactType <em>Fact Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fact Type</em>'.
	 * @see org.crediteval.model.scheme.FactType
	 * @generated
	 */
	EEnum getFactType();

	/**
	 * Returns the meta object for enum '{@link org.crediteval.model.scheme.QuestionKind <em>Question Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Kind</em>'.
	 * @see org.crediteval.model.scheme.QuestionKind
	 * @generated
	 */
	EEnum getQuestionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SchemeFactory getSchemeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.SchemeImpl <em>Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.SchemeImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getScheme()
		 * @generated
		 */
		EClass SCHEME = eINSTANCE.getScheme();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__ID = eINSTANCE.getScheme_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__VERSION = eINSTANCE.getScheme_Version();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__NAME_ZH = eINSTANCE.getScheme_NameZh();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__NAME_EN = eINSTANCE.getScheme_NameEn();

		/**
		 * The meta object literal for the '<em><b>Base Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__BASE_MAX = eINSTANCE.getScheme_BaseMax();

		/**
		 * The meta object literal for the '<em><b>Bonus Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__BONUS_MAX = eINSTANCE.getScheme_BonusMax();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__SOURCE = eINSTANCE.getScheme_Source();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__NOTES = eINSTANCE.getScheme_Notes();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__DIMENSIONS = eINSTANCE.getScheme_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__FACTS = eINSTANCE.getScheme_Facts();

		/**
		 * The meta object literal for the '<em><b>Questionnaire</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__QUESTIONNAIRE = eINSTANCE.getScheme_Questionnaire();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.DimensionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__ID = eINSTANCE.getDimension_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME = eINSTANCE.getDimension_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME_EN = eINSTANCE.getDimension_NameEn();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__MAX = eINSTANCE.getDimension_Max();

		/**
		 * The meta object literal for the '<em><b>Bonus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__BONUS = eINSTANCE.getDimension_Bonus();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__INDICATORS = eINSTANCE.getDimension_Indicators();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.IndicatorImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ID = eINSTANCE.getIndicator_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME_EN = eINSTANCE.getIndicator_NameEn();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__MAX = eINSTANCE.getIndicator_Max();

		/**
		 * The meta object literal for the '<em><b>Responsible Units</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__RESPONSIBLE_UNITS = eINSTANCE.getIndicator_ResponsibleUnits();

		/**
		 * The meta object literal for the '<em><b>Evidence Basis</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__EVIDENCE_BASIS = eINSTANCE.getIndicator_EvidenceBasis();

		/**
		 * The meta object literal for the '<em><b>Assessment Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ASSESSMENT_METHODS = eINSTANCE.getIndicator_AssessmentMethods();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NOTES = eINSTANCE.getIndicator_Notes();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__ITEMS = eINSTANCE.getIndicator_Items();

		/**
		 * The meta object literal for the '<em><b>Cap Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__CAP_GROUPS = eINSTANCE.getIndicator_CapGroups();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.CapGroupImpl <em>Cap Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.CapGroupImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getCapGroup()
		 * @generated
		 */
		EClass CAP_GROUP = eINSTANCE.getCapGroup();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAP_GROUP__MAX = eINSTANCE.getCapGroup_Max();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAP_GROUP__ITEMS = eINSTANCE.getCapGroup_Items();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAP_GROUP__NOTE = eINSTANCE.getCapGroup_Note();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.ItemImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LABEL = eINSTANCE.getItem_Label();

		/**
		 * The meta object literal for the '<em><b>Evidence Basis</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__EVIDENCE_BASIS = eINSTANCE.getItem_EvidenceBasis();

		/**
		 * The meta object literal for the '<em><b>Assessment Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ASSESSMENT_METHODS = eINSTANCE.getItem_AssessmentMethods();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__NOTES = eINSTANCE.getItem_Notes();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__RULE = eINSTANCE.getItem_Rule();

		/**
		 * The meta object literal for the '<em><b>Gates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__GATES = eINSTANCE.getItem_Gates();

		/**
		 * The meta object literal for the '<em><b>Deductions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__DEDUCTIONS = eINSTANCE.getItem_Deductions();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.GateImpl <em>Gate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.GateImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getGate()
		 * @generated
		 */
		EClass GATE = eINSTANCE.getGate();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE__FACT = eINSTANCE.getGate_Fact();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__CONDITION = eINSTANCE.getGate_Condition();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.DeductionImpl <em>Deduction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.DeductionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDeduction()
		 * @generated
		 */
		EClass DEDUCTION = eINSTANCE.getDeduction();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDUCTION__FACT = eINSTANCE.getDeduction_Fact();

		/**
		 * The meta object literal for the '<em><b>Points Each</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION__POINTS_EACH = eINSTANCE.getDeduction_PointsEach();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.RuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.RuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRule()
		 * @generated
		 */
		EClass RULE = eINSTANCE.getRule();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.CheckRuleImpl <em>Check Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.CheckRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getCheckRule()
		 * @generated
		 */
		EClass CHECK_RULE = eINSTANCE.getCheckRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK_RULE__FACT = eINSTANCE.getCheckRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK_RULE__POINTS = eINSTANCE.getCheckRule_Points();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.PerUnitRuleImpl <em>Per Unit Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.PerUnitRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getPerUnitRule()
		 * @generated
		 */
		EClass PER_UNIT_RULE = eINSTANCE.getPerUnitRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PER_UNIT_RULE__FACT = eINSTANCE.getPerUnitRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Points Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_UNIT_RULE__POINTS_PER_UNIT = eINSTANCE.getPerUnitRule_PointsPerUnit();

		/**
		 * The meta object literal for the '<em><b>Unit Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_UNIT_RULE__UNIT_SIZE = eINSTANCE.getPerUnitRule_UnitSize();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_UNIT_RULE__CAP = eINSTANCE.getPerUnitRule_Cap();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.RatioRuleImpl <em>Ratio Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.RatioRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRatioRule()
		 * @generated
		 */
		EClass RATIO_RULE = eINSTANCE.getRatioRule();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATIO_RULE__ACTUAL = eINSTANCE.getRatioRule_Actual();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATIO_RULE__TARGET = eINSTANCE.getRatioRule_Target();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATIO_RULE__POINTS = eINSTANCE.getRatioRule_Points();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.BandsRuleImpl <em>Bands Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.BandsRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getBandsRule()
		 * @generated
		 */
		EClass BANDS_RULE = eINSTANCE.getBandsRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BANDS_RULE__FACT = eINSTANCE.getBandsRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BANDS_RULE__BANDS = eINSTANCE.getBandsRule_Bands();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.BandImpl <em>Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.BandImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getBand()
		 * @generated
		 */
		EClass BAND = eINSTANCE.getBand();

		/**
		 * The meta object literal for the '<em><b>Lower Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__LOWER_BOUND = eINSTANCE.getBand_LowerBound();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__POINTS = eINSTANCE.getBand_Points();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.LevelRuleImpl <em>Level Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.LevelRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelRule()
		 * @generated
		 */
		EClass LEVEL_RULE = eINSTANCE.getLevelRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_RULE__FACT = eINSTANCE.getLevelRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_RULE__SCORES = eINSTANCE.getLevelRule_Scores();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.LevelScoreImpl <em>Level Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.LevelScoreImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelScore()
		 * @generated
		 */
		EClass LEVEL_SCORE = eINSTANCE.getLevelScore();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_SCORE__LEVEL = eINSTANCE.getLevelScore_Level();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_SCORE__POINTS = eINSTANCE.getLevelScore_Points();

		/**
		 * The meta object literal for the '<em><b>Points Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_SCORE__POINTS_FACT = eINSTANCE.getLevelScore_PointsFact();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.StepDownRuleImpl <em>Step Down Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.StepDownRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getStepDownRule()
		 * @generated
		 */
		EClass STEP_DOWN_RULE = eINSTANCE.getStepDownRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_DOWN_RULE__FACT = eINSTANCE.getStepDownRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Full</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DOWN_RULE__FULL = eINSTANCE.getStepDownRule_Full();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DOWN_RULE__THRESHOLD = eINSTANCE.getStepDownRule_Threshold();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DOWN_RULE__STEP = eINSTANCE.getStepDownRule_Step();

		/**
		 * The meta object literal for the '<em><b>Decrement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DOWN_RULE__DECREMENT = eINSTANCE.getStepDownRule_Decrement();

		/**
		 * The meta object literal for the '<em><b>Floor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DOWN_RULE__FLOOR = eINSTANCE.getStepDownRule_Floor();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.DeductionRuleImpl <em>Deduction Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.DeductionRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDeductionRule()
		 * @generated
		 */
		EClass DEDUCTION_RULE = eINSTANCE.getDeductionRule();

		/**
		 * The meta object literal for the '<em><b>Full</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION_RULE__FULL = eINSTANCE.getDeductionRule_Full();

		/**
		 * The meta object literal for the '<em><b>Deductions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDUCTION_RULE__DEDUCTIONS = eINSTANCE.getDeductionRule_Deductions();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.DiscretionaryRuleImpl <em>Discretionary Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.DiscretionaryRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getDiscretionaryRule()
		 * @generated
		 */
		EClass DISCRETIONARY_RULE = eINSTANCE.getDiscretionaryRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISCRETIONARY_RULE__FACT = eINSTANCE.getDiscretionaryRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISCRETIONARY_RULE__MAX = eINSTANCE.getDiscretionaryRule_Max();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.ExternalRuleImpl <em>External Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.ExternalRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getExternalRule()
		 * @generated
		 */
		EClass EXTERNAL_RULE = eINSTANCE.getExternalRule();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_RULE__FACT = eINSTANCE.getExternalRule_Fact();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_RULE__MAX = eINSTANCE.getExternalRule_Max();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_RULE__BODY = eINSTANCE.getExternalRule_Body();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.SurveyRuleImpl <em>Survey Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.SurveyRuleImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getSurveyRule()
		 * @generated
		 */
		EClass SURVEY_RULE = eINSTANCE.getSurveyRule();

		/**
		 * The meta object literal for the '<em><b>Fallback Fact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_RULE__FALLBACK_FACT = eINSTANCE.getSurveyRule_FallbackFact();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_RULE__MAX = eINSTANCE.getSurveyRule_Max();

		/**
		 * The meta object literal for the '<em><b>Questionnaire</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_RULE__QUESTIONNAIRE = eINSTANCE.getSurveyRule_Questionnaire();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.FactDefinitionImpl <em>Fact Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.FactDefinitionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getFactDefinition()
		 * @generated
		 */
		EClass FACT_DEFINITION = eINSTANCE.getFactDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__ID = eINSTANCE.getFactDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__LABEL = eINSTANCE.getFactDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__TYPE = eINSTANCE.getFactDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__MAX = eINSTANCE.getFactDefinition_Max();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT_DEFINITION__LEVELS = eINSTANCE.getFactDefinition_Levels();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__OPTIONAL = eINSTANCE.getFactDefinition_Optional();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_DEFINITION__DEFAULT_VALUE = eINSTANCE.getFactDefinition_DefaultValue();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.LevelDefinitionImpl <em>Level Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.LevelDefinitionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getLevelDefinition()
		 * @generated
		 */
		EClass LEVEL_DEFINITION = eINSTANCE.getLevelDefinition();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_DEFINITION__CODE = eINSTANCE.getLevelDefinition_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_DEFINITION__LABEL = eINSTANCE.getLevelDefinition_Label();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.QuestionnaireImpl <em>Questionnaire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.QuestionnaireImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestionnaire()
		 * @generated
		 */
		EClass QUESTIONNAIRE = eINSTANCE.getQuestionnaire();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTIONNAIRE__ID = eINSTANCE.getQuestionnaire_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTIONNAIRE__TITLE = eINSTANCE.getQuestionnaire_Title();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTIONNAIRE__DEADLINE = eINSTANCE.getQuestionnaire_Deadline();

		/**
		 * The meta object literal for the '<em><b>Cities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTIONNAIRE__CITIES = eINSTANCE.getQuestionnaire_Cities();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTIONNAIRE__CATEGORIES = eINSTANCE.getQuestionnaire_Categories();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTIONNAIRE__QUESTIONS = eINSTANCE.getQuestionnaire_Questions();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.RespondentCategoryImpl <em>Respondent Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.RespondentCategoryImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getRespondentCategory()
		 * @generated
		 */
		EClass RESPONDENT_CATEGORY = eINSTANCE.getRespondentCategory();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONDENT_CATEGORY__CODE = eINSTANCE.getRespondentCategory_Code();

		/**
		 * The meta object literal for the '<em><b>Quota</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONDENT_CATEGORY__QUOTA = eINSTANCE.getRespondentCategory_Quota();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.QuestionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__NUMBER = eINSTANCE.getQuestion_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__KIND = eINSTANCE.getQuestion_Kind();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION__OPTIONS = eINSTANCE.getQuestion_Options();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.impl.AnswerOptionImpl <em>Answer Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.impl.AnswerOptionImpl
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getAnswerOption()
		 * @generated
		 */
		EClass ANSWER_OPTION = eINSTANCE.getAnswerOption();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_OPTION__LABEL = eINSTANCE.getAnswerOption_Label();

		/**
		 * The meta object literal for the '<em><b>Numerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_OPTION__NUMERATOR = eINSTANCE.getAnswerOption_Numerator();

		/**
		 * The meta object literal for the '<em><b>Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_OPTION__DENOMINATOR = eINSTANCE.getAnswerOption_Denominator();

		/**
		 * The meta object literal for the '<em><b>Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_OPTION__EXCLUSIVE = eINSTANCE.getAnswerOption_Exclusive();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.GateCondition <em>Gate Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.GateCondition
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getGateCondition()
		 * @generated
		 */
		EEnum GATE_CONDITION = eINSTANCE.getGateCondition();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.FactType <em>Fact Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.FactType
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getFactType()
		 * @generated
		 */
		EEnum FACT_TYPE = eINSTANCE.getFactType();

		/**
		 * The meta object literal for the '{@link org.crediteval.model.scheme.QuestionKind <em>Question Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crediteval.model.scheme.QuestionKind
		 * @see org.crediteval.model.scheme.impl.SchemePackageImpl#getQuestionKind()
		 * @generated
		 */
		EEnum QUESTION_KIND = eINSTANCE.getQuestionKind();

	}

} //SchemePackage
