package org.crediteval.engine.internal;

import org.crediteval.model.scheme.FactDefinition;

/**
 * A fact definition as the compiled plan reads it: its position in a subject's fact array (-1 for a definition
 * the scheme does not list, which is then never supplied), its id, its explanation label and the unit its
 * quantities are written with, and for an optional fact the default it reads as.
 */
final class FactRef {
    final FactDefinition def;
    final int position;
    final String id;
    final String label;
    /** {@code %} for a rate, {@code 万元} for money, empty otherwise */
    final String unit;
    /** the value read when an optional fact is absent; null for a required fact */
    final TypedFact defaultValue;

    FactRef(FactDefinition def, int position, TypedFact defaultValue) {
        this.def = def;
        this.position = position;
        this.id = def.getId();
        this.label = Text.label(def);
        this.unit = switch (def.getType()) {
            case RATE -> "%";
            case MONEY -> "万元";
            default -> "";
        };
        this.defaultValue = def.isOptional() ? defaultValue : null;
    }

    /** {@code quantity} in this fact's unit, e.g. {@code 93.5%}. */
    String quantity(String number) {
        return unit.isEmpty() ? number : number + unit;
    }
}
