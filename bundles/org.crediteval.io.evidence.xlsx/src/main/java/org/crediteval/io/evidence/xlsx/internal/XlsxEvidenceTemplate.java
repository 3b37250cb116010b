package org.crediteval.io.evidence.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.crediteval.analysis.api.Analysis;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.io.evidence.xlsx.api.EvidenceTemplate;
import org.crediteval.model.scheme.Scheme;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The template service; the layout is in {@link Layout}, the writing in {@link TemplateWriter}. */
@Component(service = EvidenceTemplate.class, property = "crediteval.format=xlsx")
public class XlsxEvidenceTemplate implements EvidenceTemplate {

    @Reference
    private Analysis analysis;

    public XlsxEvidenceTemplate() {
    }

    /** Outside a framework. */
    public XlsxEvidenceTemplate(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void write(Scheme scheme, List<String> subjects, Evidence prefill, OutputStream out) throws IOException {
        new TemplateWriter(scheme, analysis.facts(scheme)).write(subjects == null ? List.of() : subjects, prefill, out);
    }
}
