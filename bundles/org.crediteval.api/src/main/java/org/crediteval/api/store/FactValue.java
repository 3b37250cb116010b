package org.crediteval.api.store;

/** The stored content of one fact: what the audit trail compares. {@code source} and {@code note} are never null. */
public record FactValue(String value, String source, String note) {
    public FactValue {
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }
}
