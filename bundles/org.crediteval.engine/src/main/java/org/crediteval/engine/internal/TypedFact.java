package org.crediteval.engine.internal;

import java.math.BigDecimal;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;

/**
 * A fact value checked against its definition.
 *
 * @param value {@link Boolean} for bool, {@link String} (the level code) for level, {@link BigDecimal} for every
 *              numeric type (a rate without its %); null only for an optional level fact with no default
 * @param raw   the line it came from, kept for numbers and levels (an expert's score carries its note); null for
 *              a bool value, one shared instance per definition and value, and for an optional fact's default
 * @param text  a numeric value's plain text ({@link BigDecimal#toPlainString()}), null for other types
 */
record TypedFact(FactDefinition definition, Object value, RawFact raw, String text) {
    TypedFact(FactDefinition definition, Object value, RawFact raw) {
        this(definition, value, raw, value instanceof BigDecimal d ? d.toPlainString() : null);
    }

    boolean bool() {
        return Boolean.TRUE.equals(value);
    }

    BigDecimal number() {
        return (BigDecimal) value;
    }

    String level() {
        return (String) value;
    }

    /** The one instance of a bool fact's value. */
    static TypedFact bool(FactDefinition definition, boolean value) {
        return new TypedFact(definition, value, null, null);
    }

    /** The expert's justification, empty for defaults and when none was written. */
    String note() {
        return raw == null || raw.note() == null ? "" : raw.note().trim();
    }

    /** Whether the value came from the evidence rather than a default; meaningful for numbers and levels only. */
    boolean supplied() {
        return raw != null;
    }
}
