package org.crediteval.api.evidence;

import java.util.List;

/** Evidence that cannot be used: malformed file or values that break the pack's fact definitions. */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<EvidenceProblem> problems;

    public EvidenceException(List<EvidenceProblem> problems) {
        super(problems.isEmpty() ? "bad evidence" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public EvidenceException(EvidenceProblem problem) {
        this(List.of(problem));
    }

    public List<EvidenceProblem> problems() {
        return problems;
    }
}
