package org.crediteval.io.result.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.io.result.html.report.Report;
import org.crediteval.io.result.html.report.ReportBuilder;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The analyst report as one self-contained HTML file. The pack registry is optional: without it (or for a stored
 * result whose pack is gone) the report still shows every score, only the points at stake lose fact names and
 * responsible units.
 */
@Component(property = ResultExporter.FORMAT + "=html")
public class HtmlResultExporter implements ResultExporter {

    @Reference
    private Analysis analysis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RulePackRegistry registry;

    public HtmlResultExporter() {
    }

    /** Outside a framework: {@code registry} may be null. */
    public HtmlResultExporter(Analysis analysis, RulePackRegistry registry) {
        this.analysis = analysis;
        this.registry = registry;
    }

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        Report report = ReportBuilder.build(result, ReportBuilder.scheme(registry, result.pack()).orElse(null),
                analysis, ReportBuilder.DEFAULT_GAP_LIMIT);
        // the caller owns the stream: write and flush, never close
        out.write(HtmlReportWriter.html(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
