package org.crediteval.engine.internal;

import java.math.BigDecimal;

/** A rule's value for one subject and the sentence that explains it. */
record RuleOutcome(BigDecimal score, String explanation) {
    static RuleOutcome zero(String explanation) {
        return new RuleOutcome(BigDecimal.ZERO, explanation);
    }
}
