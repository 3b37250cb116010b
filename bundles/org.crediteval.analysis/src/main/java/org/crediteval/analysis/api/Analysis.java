package org.crediteval.analysis.api;

import java.util.List;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.model.scheme.Scheme;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Task lists, points at stake and ranking over one pack. Stateless; the scheme is only read. Registered as an OSGi
 * service; outside a framework, {@code new org.crediteval.analysis.internal.DefaultAnalysis()} does the same.
 */
@ProviderType
public interface Analysis {

    /** Every fact of the scheme in the scheme's order, with what a person filling it in needs to know. */
    List<FactInfo> facts(Scheme scheme);

    /** Who must provide what: every responsible unit with its indicators and facts; nothing is marked missing. */
    TaskList tasks(Scheme scheme);

    /**
     * The task list checked against raw evidence: for each fact the subjects that have not supplied it. A fact
     * needed only in one branch (a level's expert score) is missing only when that branch is taken; optional facts
     * are never missing. Evidence is not validated here (unknown fact ids are ignored).
     */
    TaskList tasks(Scheme scheme, Evidence evidence);

    /** The task list checked against a score result: missing means listed in the subject's {@code missing}. */
    TaskList tasks(Scheme scheme, ScoreResult result);

    /**
     * Points at stake for every subject of {@code result}, in the result's subject order; within a subject the
     * items are ordered by the points still obtainable (most first), ties in the scheme's order.
     *
     * @param scheme the pack the result was scored with, for fact labels, what to change and responsible units;
     *               may be null, then the gaps name facts by id only
     */
    List<SubjectGaps> gaps(ScoreResult result, Scheme scheme);

    /** Subjects by total, highest first; equal totals share a rank (1, 2, 2, 4) and keep the result's order. */
    List<Rank> ranking(ScoreResult result);
}
