package org.crediteval.io.result.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.io.result.html.chart.Scene;
import org.crediteval.io.result.html.report.GapText;
import org.crediteval.io.result.html.report.Numbers;
import org.crediteval.io.result.html.report.Report;
import org.crediteval.io.result.pdf.internal.PdfTable.Align;
import org.crediteval.io.result.pdf.internal.PdfTable.Cell;

/**
 * The report of the HTML exporter, section for section, on A4 pages: the same {@link Report}, the same chart
 * scenes drawn as PDF vectors, the same tables. Text is real text in an embedded CJK font, so it can be searched,
 * copied and extracted.
 */
final class PdfReportWriter {
    private static final float[] TEXT = PdfPages.rgb("#222222");
    private static final float[] TITLE = PdfPages.rgb("#1f4e79");
    private static final float[] ACCENT = PdfPages.rgb("#2f6ea5");
    private static final float[] MUTED = PdfPages.rgb("#555555");
    private static final float[] NOTE = PdfPages.rgb("#8a5a00");
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    /** Pixels of the HTML charts to points: 96 px per inch, 72 pt per inch. */
    private static final float PX = 0.75f;

    private PdfReportWriter() {
    }

    static void write(Report report, CjkFont cjk, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = cjk.embed(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title() + " · " + report.packId());
            info.setSubject(report.subtitle());
            info.setCreator("credit-eval");
            document.getDocumentCatalog().setLanguage("zh-CN");
            try (PdfPages pages = new PdfPages(document, font)) {
                pages.newPage();
                title(pages, report);
                ranking(pages, report);
                totals(pages, report);
                radars(pages, report);
                heatmap(pages, report);
                gaps(pages, report);
            }
            footers(document, font, report);
            // PDFBox closes the stream it saves to; the caller owns this one
            document.save(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
    }

    private static void title(PdfPages p, Report r) throws IOException {
        p.text(r.title(), PdfPages.LEFT, p.y() + 18, 18, TITLE, true);
        p.moveDown(26);
        p.paragraph(r.subtitle(), PdfPages.LEFT, PdfPages.CONTENT, BODY, BODY * 1.5f, MUTED, false);
        rule(p, ACCENT, 1.5f);
        p.moveDown(8);
        for (String note : r.notes()) {
            p.paragraph("注意：" + note, PdfPages.LEFT, PdfPages.CONTENT, BODY, BODY * 1.5f, NOTE, false);
            p.moveDown(4);
        }
    }

    private static void heading(PdfPages p, String text) throws IOException {
        p.ensure(60);
        p.moveDown(6);
        PDPageContentStream cs = p.stream();
        cs.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        cs.addRect(PdfPages.LEFT, PdfPages.pdfY(p.y() + 16), 3, 16);
        cs.fill();
        p.text(text, PdfPages.LEFT + 8, p.y() + 13, 13, TITLE, true);
        p.moveDown(24);
    }

    private static void ranking(PdfPages p, Report r) throws IOException {
        heading(p, "一、综合排名");
        p.paragraph("平均总分 " + Numbers.plain(r.average()) + "（满分 " + Numbers.plain(r.totalMax()) + "，其中附加分 "
                + Numbers.plain(r.bonusMax()) + "）。", PdfPages.LEFT, PdfPages.CONTENT, BODY, BODY * 1.6f, TEXT, false);
        int dims = r.dimensions().size();
        List<Cell> header = new ArrayList<>(List.of(Cell.of("排名"), Cell.of("评估对象"), Cell.of("总分"), Cell.of("基础分"),
                Cell.of("附加分")));
        for (Report.DimensionColumn d : r.dimensions()) {
            header.add(new Cell(d.id(), "/" + Numbers.plain(d.max()), Align.CENTER, true, null));
        }
        header.add(Cell.of("缺失"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header);
        for (Report.RankingRow row : r.ranking()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(Integer.toString(row.rank()), null, Align.CENTER, false, null));
            cells.add(new Cell(row.subject(), null, Align.LEFT, true, null));
            cells.add(new Cell(Numbers.plain(row.total()), null, Align.RIGHT, true, null));
            cells.add(Cell.num(Numbers.plain(row.base())));
            cells.add(Cell.num(Numbers.plain(row.bonus())));
            for (BigDecimal d : row.dimensions()) cells.add(Cell.num(Numbers.plain(d)));
            cells.add(Cell.num(Integer.toString(row.missing())));
            rows.add(cells);
        }
        PdfTable table = new PdfTable(p, PdfTable.fit(p, rows, SMALL), header, SMALL);
        table.start();
        for (List<Cell> cells : rows.subList(1, rows.size())) table.row(cells);
        table.end();
        StringBuilder legend = new StringBuilder("维度：");
        for (int n = 0; n < dims; n++) {
            Report.DimensionColumn d = r.dimensions().get(n);
            if (n > 0) legend.append("；");
            legend.append(d.id()).append(" ").append(d.name()).append("（").append(Numbers.plain(d.max()))
                    .append(d.bonus() ? " 分，附加分）" : " 分）");
        }
        legend.append("。“缺失”为未提供资料的事实数。");
        p.paragraph(legend.toString(), PdfPages.LEFT, PdfPages.CONTENT, SMALL, SMALL * 1.5f, MUTED, false);
    }

    private static void totals(PdfPages p, Report r) throws IOException {
        Scene scene = r.totals();
        float scale = Math.min(PX, PdfPages.CONTENT / (float) scene.width());
        float h = (float) scene.height() * scale;
        p.ensure(h + 40);
        heading(p, "二、总分对比");
        p.ensure(h);
        SceneDrawer.draw(p, scene, PdfPages.LEFT + (PdfPages.CONTENT - (float) scene.width() * scale) / 2, p.y(), scale);
        p.moveDown(h + 6);
    }

    private static void radars(PdfPages p, Report r) throws IOException {
        p.newPage();
        heading(p, "三、各维度得分率");
        StringBuilder legend = new StringBuilder("实线为该对象各维度得分占该维度满分的比例，虚线为全部对象的平均。轴号：");
        for (int n = 0; n < r.dimensions().size(); n++) {
            if (n > 0) legend.append("；");
            legend.append(r.dimensions().get(n).id()).append(" ").append(r.dimensions().get(n).name());
        }
        p.paragraph(legend + "。", PdfPages.LEFT, PdfPages.CONTENT, SMALL, SMALL * 1.5f, MUTED, false);
        p.moveDown(4);
        int perRow = 3;
        float cell = PdfPages.CONTENT / perRow;
        for (int n = 0; n < r.radars().size(); n += perRow) {
            Scene first = r.radars().get(n);
            float scale = (cell - 6) / (float) first.width();
            float h = (float) first.height() * scale;
            p.ensure(h + 4);
            for (int k = 0; k < perRow && n + k < r.radars().size(); k++) {
                float left = PdfPages.LEFT + k * cell;
                frame(p, left + 1, p.y(), cell - 2, h + 2);
                SceneDrawer.draw(p, r.radars().get(n + k), left + 3, p.y() + 1, scale);
            }
            p.moveDown(h + 6);
        }
    }

    private static void heatmap(PdfPages p, Report r) throws IOException {
        p.newPage();
        heading(p, "四、指标得分率热力图");
        p.paragraph("每格为该对象在该指标的得分占指标满分的百分比；对象按排名排列。", PdfPages.LEFT, PdfPages.CONTENT, SMALL,
                SMALL * 1.5f, MUTED, false);
        p.moveDown(4);
        Scene scene = r.heatmap();
        float scale = Math.min(PdfPages.CONTENT / (float) scene.width(), (p.remaining() - 4) / (float) scene.height());
        SceneDrawer.draw(p, scene, PdfPages.LEFT, p.y(), scale);
        p.moveDown((float) scene.height() * scale + 8);
        // the indicator names, two per row
        float[] widths = {0.08f, 0.42f, 0.08f, 0.42f};
        PdfTable table = new PdfTable(p, widths, List.of(Cell.of("指标"), Cell.of("名称（满分）"), Cell.of("指标"),
                Cell.of("名称（满分）")), SMALL);
        table.start();
        List<Report.IndicatorLabel> labels = r.indicators();
        int half = (labels.size() + 1) / 2;
        for (int n = 0; n < half; n++) {
            List<Cell> cells = new ArrayList<>();
            for (int col = 0; col < 2; col++) {
                int index = n + col * half;
                if (index < labels.size()) {
                    Report.IndicatorLabel i = labels.get(index);
                    cells.add(new Cell(i.id(), null, Align.CENTER, true, null));
                    cells.add(Cell.of(i.name() + "（" + Numbers.plain(i.max()) + " 分）"));
                } else {
                    cells.add(Cell.of(""));
                    cells.add(Cell.of(""));
                }
            }
            table.row(cells);
        }
        table.end();
    }

    private static void gaps(PdfPages p, Report r) throws IOException {
        p.newPage();
        heading(p, "五、可争取分（未得满分的评分项）");
        p.paragraph("按仍可争取的分数从高到低排列；“可争取”已考虑指标、维度和附加分的封顶。每个对象列出前 " + r.gapLimit()
                + " 项。标“共享”的项受所在指标、维度或附加分的剩余分数限制，同一上限下的各项合计不超过该剩余分数。",
                PdfPages.LEFT, PdfPages.CONTENT, SMALL, SMALL * 1.5f, MUTED, false);
        float[] widths = {0.05f, 0.31f, 0.1f, 0.09f, 0.27f, 0.18f};
        List<Cell> header = List.of(Cell.of("序号"), Cell.of("评分项"), Cell.of("得分/满分"), Cell.of("可争取"),
                Cell.of("需改变的事实及做法"), Cell.of("负责单位"));
        for (int n = 0; n < r.gaps().size(); n++) {
            SubjectGaps g = r.gaps().get(n);
            Report.RankingRow row = r.ranking().get(n);
            p.ensure(90);
            p.moveDown(6);
            p.text(row.rank() + ". " + g.subject(), PdfPages.LEFT, p.y() + 11, 11, TEXT, true);
            p.moveDown(17);
            p.paragraph("总分 " + Numbers.plain(g.total()) + " / " + Numbers.plain(g.totalMax()) + "，仍可争取 "
                    + Numbers.plain(g.obtainable()) + " 分；未得满分的评分项 " + g.gaps().size() + " 项，缺失资料 "
                    + row.missing() + " 项。", PdfPages.LEFT, PdfPages.CONTENT, BODY, BODY * 1.6f, TEXT, false);
            if (g.gaps().isEmpty()) {
                p.paragraph("各评分项均已得满分。", PdfPages.LEFT, PdfPages.CONTENT, BODY, BODY * 1.6f, TEXT, false);
                continue;
            }
            PdfTable table = new PdfTable(p, widths, header, SMALL);
            table.start();
            List<Gap> shown = g.gaps().subList(0, Math.min(r.gapLimit(), g.gaps().size()));
            for (int k = 0; k < shown.size(); k++) {
                Gap gap = shown.get(k);
                table.row(List.of(
                        new Cell(Integer.toString(k + 1), null, Align.CENTER, false, null),
                        new Cell(gap.label(), gap.itemId() + " · " + gap.indicatorName(), Align.LEFT, false, null),
                        Cell.num(Numbers.plain(gap.score()) + " / " + Numbers.plain(gap.max())),
                        new Cell(Numbers.plain(gap.obtainable()), gap.limit() == null ? null : "共享", Align.RIGHT, true, null),
                        new Cell(GapText.facts(gap), gap.limit() == null ? null : GapText.limit(gap), Align.LEFT, false,
                                gap.missing() ? "#b03a2e" : null),
                        Cell.of(String.join("、", gap.units()))));
            }
            table.end();
            if (g.gaps().size() > shown.size()) {
                p.paragraph("另有 " + (g.gaps().size() - shown.size()) + " 项未列出（完整清单：credit-eval gaps）。",
                        PdfPages.LEFT, PdfPages.CONTENT, SMALL, SMALL * 1.5f, MUTED, false);
            }
        }
    }

    private static void rule(PdfPages p, float[] rgb, float width) throws IOException {
        PDPageContentStream cs = p.stream();
        cs.saveGraphicsState();
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(width);
        cs.moveTo(PdfPages.LEFT, PdfPages.pdfY(p.y()));
        cs.lineTo(PdfPages.LEFT + PdfPages.CONTENT, PdfPages.pdfY(p.y()));
        cs.stroke();
        cs.restoreGraphicsState();
    }

    private static void frame(PdfPages p, float left, float top, float width, float height) throws IOException {
        PDPageContentStream cs = p.stream();
        cs.saveGraphicsState();
        float[] c = PdfPages.rgb("#e3e6ea");
        cs.setStrokingColor(c[0], c[1], c[2]);
        cs.setLineWidth(0.5f);
        cs.addRect(left, PdfPages.pdfY(top + height), width, height);
        cs.stroke();
        cs.restoreGraphicsState();
    }

    /** Page numbers and the title on every page, once the page count is known. */
    private static void footers(PDDocument document, PDType0Font font, Report r) throws IOException {
        int total = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String left = r.title() + " · " + r.packId() + " " + r.packVersion();
                String right = "第 " + n + " 页，共 " + total + " 页";
                cs.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                cs.beginText();
                cs.setFont(font, 7.5f);
                cs.newLineAtOffset(PdfPages.LEFT, 24);
                cs.showText(left);
                cs.endText();
                float w = font.getStringWidth(right) / 1000f * 7.5f;
                cs.beginText();
                cs.setFont(font, 7.5f);
                cs.newLineAtOffset(PdfPages.WIDTH - PdfPages.RIGHT - w, 24);
                cs.showText(right);
                cs.endText();
            }
        }
    }
}
