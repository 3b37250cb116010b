package org.crediteval.io.result.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.crediteval.api.evidence.Evidence;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.crediteval.testing.SourcePacks;

class HtmlTaskListExporterTest {

    @Test
    void eachUnitListsItsFactsAndTheSubjectsStillMissingThem() throws Exception {
        Evidence evidence = SourcePacks.evidence("茂名市", "1.1.institution=是", "2.2.y2015=部分完成");
        TaskList tasks = new DefaultAnalysis().tasks(SourcePacks.scheme("gd-2017"), evidence);
        String html = export(tasks);
        Document doc = HtmlResultExporterTest.parse(html);
        assertThat(HtmlResultExporterTest.nodes(doc, "//section/h2").getLength()).isEqualTo(tasks.units().size());
        assertThat(html).contains("资料提供分工表", "市编办", "机构到位", "职责到位", "齐全", "尚缺的对象")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("<script");
        // 1.1.duties is missing for 茂名市, the expert score of the partial 2015 plan too
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("2015年度工作计划部分完成的酌情给分");
        assertThat(HtmlResultExporterTest.nodes(doc, "//td[@class='missing']").getLength()).isPositive();
    }

    @Test
    void withoutEvidenceThereIsNoMissingColumn() throws Exception {
        String html = export(new DefaultAnalysis().tasks(SourcePacks.scheme("js-2012")));
        assertThat(html).contains(TaskList.UNASSIGNED).doesNotContain("尚缺的对象");
        HtmlResultExporterTest.parse(html);
    }

    private static String export(TaskList tasks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlTaskListExporter().write(tasks, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
