package org.crediteval.engine.internal;

import java.math.BigDecimal;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.model.scheme.FactDefinition;

/**
 * A fact value checked against its definition.
 *
 * @param value {@link Boolean} for bool, {@link String} (the level code) for level, {@link BigDecimal} for every
 *              numeric type (a rate without its %); null only for an optional level fact with no default
 * @param raw   the line it came from; null when the value is an optional fact's default
 */
record TypedFact(FactDefinition definition, Object value, RawFact raw) {
    boolean bool() {
        return Boolean.TRUE.equals(value);
    }

    BigDecimal number() {
        return (BigDecimal) value;
    }

    String level() {
        return (String) value;
    }

    /** The expert's justification, empty for defaults and when none was written. */
    String note() {
        return raw == null || raw.note() == null ? "" : raw.note().trim();
    }

    boolean supplied() {
        return raw != null;
    }
}
