package org.crediteval.io.result.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crediteval.analysis.internal.DefaultAnalysis;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.io.result.html.report.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.crediteval.testing.SourcePacks;

/** Reads the written PDF back with PDFBox: the text a reader would copy, and the fonts the file carries. */
class PdfResultExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"gd-2017", "js-2012"})
    void textHasTheChineseLabelsAndEveryTotal(String pack) throws Exception {
        ScoreResult result = SourcePacks.score(pack, SourcePacks.examples(pack));
        byte[] pdf = export(result, List.of());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("社会信用体系建设评估分析报告", "综合排名", "总分对比", "各维度得分率", "指标得分率热力图",
                    "可争取分");
            for (SubjectResult s : result.subjects()) {
                assertThat(text).contains(s.subject()).contains(Numbers.plain(s.total()));
            }
            s0(result).dimensions().forEach(d -> assertThat(text).contains(d.name()));
            assertThat(doc.getNumberOfPages()).isBetween(4, 80);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void theCjkFontIsEmbeddedOnEveryPage() throws Exception {
        byte[] pdf = export(SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017")), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                int fonts = 0;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
                    fonts++;
                }
                assertThat(fonts).isPositive();
            }
        }
    }

    @Test
    void pointsAtStakeAppearWithUnitsAndActions() throws Exception {
        byte[] pdf = export(SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017")), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("仍可争取", "需改变的事实及做法", "负责单位", "市发展改革委");
            assertThat(text).containsAnyOf("改为“是”", "补充提供", "专家酌情评分");
        }
    }

    @Test
    void aMissingConfiguredFontIsAClearError() {
        assertThatThrownBy(() -> export(SourcePacks.score("gd-2017", SourcePacks.evidence("茂名市", "1.1.institution=是")),
                List.of("/nonexistent/font.ttc")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/nonexistent/font.ttc")
                .hasMessageContaining(CjkFont.PACKAGE);
    }

    @Test
    void noFontAnywhereNamesThePlacesAndThePackage() {
        assertThatThrownBy(() -> CjkFont.load(List.of(), List.of("/nonexistent/a.ttc", "/nonexistent/b.ttf")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no CJK font found")
                .hasMessageContaining("/nonexistent/a.ttc")
                .hasMessageContaining("apt-get install fonts-wqy-microhei")
                .hasMessageContaining(CjkFont.PROPERTY);
    }

    @Test
    void aFontWithoutChineseGlyphsIsRefused(@TempDir Path dir) throws Exception {
        Path notAFont = dir.resolve("plain.ttf");
        Files.writeString(notAFont, "not a font");
        assertThatThrownBy(() -> CjkFont.load(List.of(notAFont.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining(notAFont.toString());
    }

    @Test
    void theCallersStreamStaysOpen() throws Exception {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        new PdfResultExporter(new DefaultAnalysis(), SourcePacks.registry(), List.of())
                .write(SourcePacks.score("gd-2017", SourcePacks.evidence("茂名市", "1.1.institution=是")), out);
        assertThat(out.closed).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void writesTheDemoReport() throws Exception {
        // kept under target/ for the page screenshots (docs/report-pdf-page*.png)
        ScoreResult result = SourcePacks.score("gd-2017", SourcePacks.examples("gd-2017"));
        Path out = Path.of("target/report-gd-2017.pdf");
        try (OutputStream stream = Files.newOutputStream(out)) {
            new PdfResultExporter(new DefaultAnalysis(), SourcePacks.registry(), List.of()).write(result, stream);
        }
        assertThat(Files.size(out)).isGreaterThan(20_000);
    }

    private static byte[] export(ScoreResult result, List<String> fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfResultExporter(new DefaultAnalysis(), SourcePacks.registry(), fonts).write(result, out);
        return out.toByteArray();
    }

    private static SubjectResult s0(ScoreResult result) {
        return result.subjects().get(0);
    }
}
