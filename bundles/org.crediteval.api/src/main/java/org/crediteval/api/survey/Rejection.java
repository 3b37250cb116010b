package org.crediteval.api.survey;

/**
 * Why a response was excluded. Each response gets one, checked in this order (the spec's): a duplicate whatever else
 * is wrong with it, then an invalid timestamp, then late, then any other invalidity.
 */
public enum Rejection {
    /** Its respondent id was seen before (the first occurrence in file order is kept). */
    DUPLICATE,
    /** {@code submitted_at} missing or unreadable; counted as invalid. */
    INVALID_TIMESTAMP,
    /** Submitted after the questionnaire's deadline. */
    LATE,
    /** Any other rule broken: missing or unknown answer, unknown city or category, … */
    INVALID;

    /** Counted in a city's {@code invalid} number (the others have counts of their own). */
    public boolean countsAsInvalid() {
        return this == INVALID_TIMESTAMP || this == INVALID;
    }
}
