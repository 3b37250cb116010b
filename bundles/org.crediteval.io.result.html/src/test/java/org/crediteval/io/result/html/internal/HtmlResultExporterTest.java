package org.crediteval.io.result.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.Location;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.io.result.html.report.Numbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.crediteval.testing.SourcePacks;

/** Parses the written report and checks its numbers and Chinese text against the score result. */
class HtmlResultExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void rankingTableShowsEveryTotalExactlyInRankOrder(String pack) throws Exception {
        ScoreResult result = SourcePacks.score(pack, SourcePacks.examples(pack));
        String html = export(result, SourcePacks.registry());
        Document doc = parse(html);

        NodeList rows = nodes(doc, "//table[@class='ranking']/tbody/tr");
        assertThat(rows.getLength()).isEqualTo(result.subjects().size());
        BigDecimal previous = null;
        for (int n = 0; n < rows.getLength(); n++) {
            NodeList cells = ((Element) rows.item(n)).getElementsByTagName("td");
            String subject = cells.item(1).getTextContent();
            SubjectResult s = subject(result, subject);
            BigDecimal total = new BigDecimal(cells.item(2).getTextContent());
            assertThat(total).isEqualByComparingTo(s.total());
            assertThat(cells.item(2).getTextContent()).isEqualTo(Numbers.plain(s.total()));
            assertThat(new BigDecimal(cells.item(3).getTextContent())).isEqualByComparingTo(s.base());
            assertThat(new BigDecimal(cells.item(4).getTextContent())).isEqualByComparingTo(s.bonus());
            if (previous != null) assertThat(total).isLessThanOrEqualTo(previous);
            previous = total;
        }
        // one bar chart, one radar per subject, one heat map
        assertThat(nodes(doc, "//svg").getLength()).isEqualTo(result.subjects().size() + 2);
        assertThat(nodes(doc, "//section[@id='radar']//svg").getLength()).isEqualTo(result.subjects().size());
        assertThat(nodes(doc, "//section[@id='heatmap']//svg//rect").getLength())
                .isGreaterThan(result.subjects().size() * 10);
        // Chinese headings and the pack's own names
        assertThat(html).contains("综合排名", "总分对比", "各维度得分率", "指标得分率热力图", "可争取分");
        result.subjects().get(0).dimensions().forEach(d -> assertThat(html).contains(d.name()));
    }

    @Test
    void selfContainedNoNetworkNoScript() throws Exception {
        String html = export(SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017")), SourcePacks.registry());
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("src=")
                .doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("<link").doesNotContain("//");
        assertThat(html).contains("@page", "size: A4", "break-before: page");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\"/>");
    }

    @Test
    void pointsAtStakeNameTheFactTheActionAndTheUnit() throws Exception {
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        Document doc = parse(export(result, SourcePacks.registry()));
        NodeList tables = nodes(doc, "//section[@id='gaps']//table[@class='gaps']");
        assertThat(tables.getLength()).isPositive();
        NodeList firstRows = ((Element) tables.item(0)).getElementsByTagName("tbody").item(0).getChildNodes();
        List<BigDecimal> obtainable = new ArrayList<>();
        for (int n = 0; n < firstRows.getLength(); n++) {
            if (!(firstRows.item(n) instanceof Element row)) continue;
            NodeList cells = row.getElementsByTagName("td");
            obtainable.add(new BigDecimal(((Element) cells.item(3)).getElementsByTagName("b").item(0).getTextContent()));
            assertThat(cells.item(4).getTextContent()).isNotBlank(); // a fact and what to do
        }
        assertThat(obtainable).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
        String gaps = nodes(doc, "//section[@id='gaps']").item(0).getTextContent();
        assertThat(gaps).contains("市发展改革委").containsAnyOf("改为“是”", "补充提供", "专家酌情评分");
    }

    @Test
    void withoutThePackTheReportSaysSoAndStillShowsEveryScore() throws Exception {
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        String html = export(result, null);
        assertThat(html).contains("未找到规则包 gd-2017 1.0.0");
        for (SubjectResult s : result.subjects()) assertThat(html).contains(Numbers.plain(s.total()));
        parse(html);
    }

    @Test
    void hostileSubjectNamesAreEscaped() throws Exception {
        String evil = "<img src=x onerror=alert(1)>&市";
        Evidence evidence = new Evidence(List.of(evil), List.of(
                new RawFact(evil, "1.1.institution", "是", "", "", Location.line("t.csv", 2))));
        String html = export(SourcePacks.score("gd-2017", evidence), SourcePacks.registry());
        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&amp;市");
        parse(html);
    }

    @Test
    void writesTheDemoReport() throws Exception {
        // kept under target/ for screenshots (docs/report-html.png) and for a person to open
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        Path out = Path.of("target/report-gd-2017.html");
        Files.writeString(out, export(result, SourcePacks.registry()), StandardCharsets.UTF_8);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }

    static String export(ScoreResult result, RulePackRegistry registry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlResultExporter(new DefaultAnalysis(), registry).write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    private static SubjectResult subject(ScoreResult result, String name) {
        return result.subjects().stream().filter(s -> s.subject().equals(name)).findFirst().orElseThrow();
    }
}
