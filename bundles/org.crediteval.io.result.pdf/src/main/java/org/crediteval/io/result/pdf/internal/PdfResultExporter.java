package org.crediteval.io.result.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.io.result.html.report.Report;
import org.crediteval.io.result.html.report.ReportBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The analyst report as PDF: the content of the HTML report, drawn with Apache PDFBox, with a subset of a system
 * CJK font embedded. Configuration PID {@code org.crediteval.io.result.pdf}: {@code fontPaths} (see {@link CjkFont}
 * for the other ways to name a font and the defaults).
 */
@Component(configurationPid = "org.crediteval.io.result.pdf", property = ResultExporter.FORMAT + "=pdf")
public class PdfResultExporter implements ResultExporter {

    /** Component properties. */
    @interface Config {
        /** TrueType .ttf/.ttc files with CJK glyphs, tried in order; empty: the system property, then the defaults. */
        String[] fontPaths() default {};
    }

    @Reference
    private Analysis analysis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RulePackRegistry registry;

    private volatile List<String> fontPaths = List.of();

    public PdfResultExporter() {
    }

    /** Outside a framework: {@code registry} may be null, {@code fontPaths} empty for the defaults. */
    public PdfResultExporter(Analysis analysis, RulePackRegistry registry, List<String> fontPaths) {
        this.analysis = analysis;
        this.registry = registry;
        this.fontPaths = List.copyOf(fontPaths);
    }

    @Activate
    @Modified
    void configure(Config config) {
        fontPaths = List.of(config.fontPaths());
    }

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        Report report = ReportBuilder.build(result, ReportBuilder.scheme(registry, result.pack()).orElse(null),
                analysis, ReportBuilder.DEFAULT_GAP_LIMIT);
        // the font is looked up per run: installing the package later needs no restart
        try (CjkFont font = CjkFont.load(fontPaths)) {
            PdfReportWriter.write(report, font, out);
        }
        out.flush();
    }
}
