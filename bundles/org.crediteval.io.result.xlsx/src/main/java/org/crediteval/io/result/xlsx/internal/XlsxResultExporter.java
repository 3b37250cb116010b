package org.crediteval.io.result.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.model.scheme.Scheme;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The result as an XLSX workbook for analysts; the layout is in {@link ResultWorkbook}. */
@Component(property = ResultExporter.FORMAT + "=xlsx")
public class XlsxResultExporter implements ResultExporter {

    @Reference
    private Analysis analysis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RulePackRegistry registry;

    public XlsxResultExporter() {
    }

    /** Outside a framework: {@code registry} may be null (fact names and units are then left out). */
    public XlsxResultExporter(Analysis analysis, RulePackRegistry registry) {
        this.analysis = analysis;
        this.registry = registry;
    }

    @Override
    public void write(ScoreResult result, OutputStream out) throws IOException {
        Scheme scheme = scheme(registry, result.pack()).orElse(null);
        try (XSSFWorkbook workbook = new ResultWorkbook(result, scheme, analysis.ranking(result),
                analysis.gaps(result, scheme)).build()) {
            workbook.write(out); // leaves the caller's stream open
        }
        out.flush();
    }

    static Optional<Scheme> scheme(RulePackRegistry registry, ScoreResult.PackRef pack) {
        if (registry == null || pack == null || pack.id() == null) return Optional.empty();
        try {
            return registry.find(pack.version() == null ? pack.id() : pack.id() + "@" + pack.version()).map(RulePack::scheme);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
