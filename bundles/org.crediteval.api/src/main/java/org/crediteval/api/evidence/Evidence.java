package org.crediteval.api.evidence;

import java.util.List;

/**
 * The facts read from one or more files.
 *
 * @param subjects subjects in the order they first appear in the input
 * @param facts    facts in input order
 */
public record Evidence(List<String> subjects, List<RawFact> facts) {
    public Evidence {
        subjects = List.copyOf(subjects);
        facts = List.copyOf(facts);
    }
}
