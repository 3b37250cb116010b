package org.crediteval.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.analysis.api.Rank;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.Scheme;
import org.osgi.service.component.annotations.Component;

/** The analysis service. Stateless; public so that code outside a framework (tests, tools) can create it. */
@Component(service = Analysis.class)
public class DefaultAnalysis implements Analysis {

    @Override
    public List<FactInfo> facts(Scheme scheme) {
        return new FactCatalog(scheme).facts();
    }

    @Override
    public TaskList tasks(Scheme scheme) {
        return TaskLists.unchecked(scheme);
    }

    @Override
    public TaskList tasks(Scheme scheme, Evidence evidence) {
        return TaskLists.against(scheme, evidence);
    }

    @Override
    public TaskList tasks(Scheme scheme, ScoreResult result) {
        return TaskLists.against(scheme, result);
    }

    @Override
    public List<SubjectGaps> gaps(ScoreResult result, Scheme scheme) {
        return new GapFinder(scheme).gaps(result);
    }

    @Override
    public List<Rank> ranking(ScoreResult result) {
        List<SubjectResult> sorted = new ArrayList<>(result.subjects());
        // stable: equal totals keep the input order
        sorted.sort(Comparator.comparing(SubjectResult::total, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Rank> ranks = new ArrayList<>(sorted.size());
        for (int n = 0; n < sorted.size(); n++) {
            BigDecimal total = sorted.get(n).total();
            int rank = n + 1;
            if (n > 0 && total != null && sorted.get(n - 1).total() != null
                    && total.compareTo(sorted.get(n - 1).total()) == 0) {
                rank = ranks.get(n - 1).rank();
            }
            ranks.add(new Rank(rank, sorted.get(n).subject(), total));
        }
        return ranks;
    }
}
