package org.crediteval.api.evidence;

/**
 * One reason evidence was refused. Every field that is known is filled so that the message names file, line,
 * subject, fact and value.
 */
public record EvidenceProblem(Location location, String subject, String factId, String value, String message) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (location != null) b.append(location).append(": ");
        if (subject != null) b.append("subject '").append(subject).append("', ");
        if (factId != null) b.append("fact '").append(factId).append("', ");
        if (value != null) b.append("value '").append(value).append("', ");
        return b.append(message).toString();
    }
}
