/**
 */
package org.crediteval.model.scheme;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Question Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crediteval.model.scheme.SchemePackage#getQuestionKind()
 * @model
 * @generated
 */
public enum QuestionKind implements Enumerator {
	/**
	 * The '<em><b>SINGLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One option; its value is the answer's value.
	 * <!-- end-model-doc -->
	 * @see #SINGLE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE(0, "SINGLE", "single"),

	/**
	 * The '<em><b>MULTI ANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Several options; 1 when any non-exclusive option is ticked, 0 when only the exclusive one is; exclusive with another is invalid.
	 * <!-- end-model-doc -->
	 * @see #MULTI_ANY_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_ANY(1, "MULTI_ANY", "multi-any"),

	/**
	 * The '<em><b>MULTI SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Several options, at least one; value = number ticked / number of options.
	 * <!-- end-model-doc -->
	 * @see #MULTI_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_SHARE(2, "MULTI_SHARE", "multi-share");

	/**
	 * The '<em><b>SINGLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One option; its value is the answer's value.
	 * <!-- end-model-doc -->
	 * @see #SINGLE
	 * @model literal="single"
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_VALUE = 0;

	/**
	 * The '<em><b>MULTI ANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Several options; 1 when any non-exclusive option is ticked, 0 when only the exclusive one is; exclusive with another is invalid.
	 * <!-- end-model-doc -->
	 * @see #MULTI_ANY
	 * @model literal="multi-any"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_ANY_VALUE = 1;

	/**
	 * The '<em><b>MULTI SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Several options, at least one; value = number ticked / number of options.
	 * <!-- end-model-doc -->
	 * @see #MULTI_SHARE
	 * @model literal="multi-share"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_SHARE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QuestionKind[] VALUES_ARRAY =
		new QuestionKind[] {
			SINGLE,
			MULTI_ANY,
			MULTI_SHARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QuestionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuestionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuestionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind get(int value) {
		switch (value) {
			case SINGLE_VALUE: return SINGLE;
			case MULTI_ANY_VALUE: return MULTI_ANY;
			case MULTI_SHARE_VALUE: return MULTI_SHARE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private QuestionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //QuestionKind
