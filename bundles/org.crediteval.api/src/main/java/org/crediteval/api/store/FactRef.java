package org.crediteval.api.store;

/** Names one fact of one subject. */
public record FactRef(String subject, String factId) {
}
