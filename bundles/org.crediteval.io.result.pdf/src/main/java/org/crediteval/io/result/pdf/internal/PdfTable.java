package org.crediteval.io.result.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn row by row into the page flow: cells wrap, a row never splits across pages, and the header is
 * drawn again at the top of each new page.
 */
final class PdfTable {
    enum Align { LEFT, CENTER, RIGHT }

    /** One cell: its lines of text (the first may be bold), an optional second, muted paragraph. */
    record Cell(String text, String note, Align align, boolean bold, String color) {
        static Cell of(String text) {
            return new Cell(text, null, Align.LEFT, false, null);
        }

        static Cell num(String text) {
            return new Cell(text, null, Align.RIGHT, false, null);
        }
    }

    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.6f;
    private static final float[] BORDER = PdfPages.rgb("#c8ccd2");
    private static final float[] HEAD = PdfPages.rgb("#eef2f7");
    private static final float[] ZEBRA = PdfPages.rgb("#f8f9fb");
    private static final float[] TEXT = PdfPages.rgb("#222222");
    private static final float[] MUTED = PdfPages.rgb("#666666");

    private final PdfPages pages;
    private final float[] widths;
    private final List<Cell> header;
    private final float size;
    private final float leading;
    private int rows;

    /** {@code fractions} of the content width, one per column. */
    PdfTable(PdfPages pages, float[] fractions, List<Cell> header, float size) {
        this.pages = pages;
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) widths[i] = fractions[i] * PdfPages.CONTENT;
        this.header = header;
        this.size = size;
        this.leading = size * 1.35f;
    }

    /**
     * Column fractions from the content: each column as wide as its widest unwrapped cell, then all scaled to the
     * content width, so that numbers such as {@code 8.8809} are never broken.
     */
    static float[] fit(PdfPages pages, List<List<Cell>> rows, float size) throws IOException {
        int columns = rows.get(0).size();
        float[] natural = new float[columns];
        for (List<Cell> row : rows) {
            for (int i = 0; i < columns && i < row.size(); i++) {
                Cell cell = row.get(i);
                float w = pages.width(cell.text(), size) * 1.04f; // bold text is drawn a little wider
                if (cell.note() != null) w = Math.max(w, pages.width(cell.note(), size * 0.9f));
                natural[i] = Math.max(natural[i], w + 2 * PAD_X + 2);
            }
        }
        float sum = 0;
        for (float w : natural) sum += w;
        float[] fractions = new float[columns];
        for (int i = 0; i < columns; i++) fractions[i] = natural[i] / sum;
        return fractions;
    }

    /** Draws the header now, on a new page if not even the header and one line fit. */
    void start() throws IOException {
        pages.ensure(height(header, true) + leading * 2 + 2 * PAD_Y);
        drawRow(header, true);
    }

    void row(List<Cell> cells) throws IOException {
        float h = height(cells, false);
        if (pages.remaining() < h) {
            pages.newPage();
            drawRow(header, true);
        }
        drawRow(cells, false);
        rows++;
    }

    /** Ends the table with a little space below it. */
    void end() {
        pages.moveDown(size);
    }

    private float height(List<Cell> cells, boolean head) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) lines = Math.max(lines, lines(cells.get(i), i).size());
        return lines * leading + 2 * PAD_Y;
    }

    /** The cell's lines: the wrapped text, then the wrapped note (marked by a leading NUL). */
    private List<String> lines(Cell cell, int column) throws IOException {
        float w = widths[column] - 2 * PAD_X;
        List<String> lines = new ArrayList<>(pages.wrap(cell.text(), size, w));
        if (cell.note() != null && !cell.note().isEmpty()) {
            for (String l : pages.wrap(cell.note(), size * 0.9f, w)) lines.add('\0' + l);
        }
        return lines;
    }

    private void drawRow(List<Cell> cells, boolean head) throws IOException {
        float h = height(cells, head);
        float top = pages.y();
        var cs = pages.stream();
        float[] fill = head ? HEAD : rows % 2 == 1 ? ZEBRA : null;
        float x = PdfPages.LEFT;
        cs.saveGraphicsState();
        cs.setStrokingColor(BORDER[0], BORDER[1], BORDER[2]);
        cs.setLineWidth(0.5f);
        if (fill != null) cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
        for (float w : widths) {
            cs.addRect(x, PdfPages.pdfY(top + h), w, h);
            x += w;
        }
        if (fill != null) cs.fillAndStroke();
        else cs.stroke();
        cs.restoreGraphicsState();

        x = PdfPages.LEFT;
        for (int i = 0; i < widths.length; i++) {
            Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
            float baseline = top + PAD_Y + size;
            for (String line : lines(cell, i)) {
                boolean note = line.startsWith("\0");
                String text = note ? line.substring(1) : line;
                float s = note ? size * 0.9f : size;
                float w = pages.width(text, s);
                Align align = head ? Align.CENTER : cell.align();
                float tx = switch (align) {
                    case LEFT -> x + PAD_X;
                    case CENTER -> x + (widths[i] - w) / 2;
                    case RIGHT -> x + widths[i] - PAD_X - w;
                };
                float[] color = note ? MUTED : cell.color() != null ? PdfPages.rgb(cell.color()) : TEXT;
                pages.text(text, tx, baseline, s, color, !note && (head || cell.bold()));
                baseline += note ? s * 1.35f : leading;
            }
            x += widths[i];
        }
        pages.moveDown(h);
    }
}
