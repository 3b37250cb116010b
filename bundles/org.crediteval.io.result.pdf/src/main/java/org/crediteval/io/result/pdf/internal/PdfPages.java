package org.crediteval.io.result.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A top-to-bottom flow of A4 pages: a cursor moves down, {@link #ensure} starts a new page when the next block does
 * not fit. Coordinates given to callers are PDF points from the page's top-left; the flip to PDF's bottom-up space
 * happens here. Text is wrapped by measured glyph widths, breaking between CJK characters and at spaces.
 */
final class PdfPages implements AutoCloseable {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 34;   // 12 mm
    static final float RIGHT = 34;
    static final float TOP = 40;    // 14 mm
    static final float BOTTOM = 46; // 16 mm, the footer sits inside it
    static final float CONTENT = WIDTH - LEFT - RIGHT;

    final PDDocument document;
    final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private float y; // distance from the top of the current page

    PdfPages(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    PDPageContentStream stream() {
        return stream;
    }

    List<PDPage> pages() {
        return pages;
    }

    float y() {
        return y;
    }

    void moveDown(float dy) {
        y += dy;
    }

    float remaining() {
        return HEIGHT - BOTTOM - y;
    }

    void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (stream == null || (remaining() < height && y > TOP + 1)) newPage();
    }

    /** PDF's bottom-up y for a distance from the page top. */
    static float pdfY(float top) {
        return HEIGHT - top;
    }

    // ---- text

    float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000f * size;
    }

    /** One line of text with its baseline at {@code baseline} (from the page top). */
    void text(String text, float x, float baseline, float size, float[] rgb, boolean bold) throws IOException {
        String s = printable(text);
        if (s.isEmpty()) return;
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        if (bold) {
            // the embedded CJK font has no bold face: stroke the outlines as well
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(size * 0.04f);
        }
        stream.newLineAtOffset(x, pdfY(baseline));
        stream.showText(s);
        if (bold) stream.setRenderingMode(RenderingMode.FILL);
        stream.endText();
    }

    /** A paragraph wrapped to {@code width}; returns the height used. Starts a new page when a line does not fit. */
    float paragraph(String text, float x, float width, float size, float leading, float[] rgb, boolean bold)
            throws IOException {
        float used = 0;
        for (String line : wrap(text, size, width)) {
            ensure(leading);
            text(line, x, y + size, size, rgb, bold);
            y += leading;
            used += leading;
        }
        return used;
    }

    /**
     * Lines of at most {@code width} points. Units are single CJK characters, runs of other non-space characters,
     * and spaces; closing punctuation sticks to the unit before it so that no line starts with ，。、；：）.
     */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String unit : units(paragraph)) {
                float w = width(unit, size);
                if (lineWidth + w > width && line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                    if (unit.isBlank()) continue;
                }
                if (w > width) {
                    // a unit longer than a line (an id, a URL): cut it by characters
                    for (int i = 0; i < unit.length(); ) {
                        int cp = unit.codePointAt(i);
                        String ch = new String(Character.toChars(cp));
                        float cw = width(ch, size);
                        if (lineWidth + cw > width && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            lineWidth = 0;
                        }
                        line.append(ch);
                        lineWidth += cw;
                        i += Character.charCount(cp);
                    }
                    continue;
                }
                line.append(unit);
                lineWidth += w;
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            if (isClosing(cp) && (run.length() > 0 || !units.isEmpty())) {
                if (run.length() > 0) run.append(ch);
                else units.set(units.size() - 1, units.get(units.size() - 1) + ch);
                continue;
            }
            if (cp == ' ' || isCjk(cp)) {
                if (run.length() > 0) {
                    units.add(run.toString());
                    run.setLength(0);
                }
                units.add(ch);
            } else {
                run.append(ch);
            }
        }
        if (run.length() > 0) units.add(run.toString());
        return units;
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x2E80 && !isClosing(cp);
    }

    private static boolean isClosing(int cp) {
        return "，。、；：！？）」』】》〉”’％,.;:!?)%".indexOf(cp) >= 0;
    }

    /**
     * The text with every character the font cannot show replaced by '?', and control characters by spaces: a
     * single unknown glyph would otherwise abort the whole report.
     */
    String printable(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7F) {
                b.append(' ');
                continue;
            }
            boolean ok = encodable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return font.getStringWidth(new String(Character.toChars(c))) >= 0;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (ok) b.appendCodePoint(cp);
            else b.append('?');
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    static float[] rgb(String hex) {
        if (hex == null || hex.length() != 7) return new float[] {0, 0, 0};
        return new float[] {Integer.parseInt(hex.substring(1, 3), 16) / 255f,
                Integer.parseInt(hex.substring(3, 5), 16) / 255f, Integer.parseInt(hex.substring(5, 7), 16) / 255f};
    }
}
