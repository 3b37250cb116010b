package org.crediteval.io.survey.report.internal;

/**
 * Terminal cells a string takes: East Asian wide and fullwidth characters take two, combining marks none (Unicode
 * East_Asian_Width W/F, simplified to the blocks that occur in Chinese text).
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                width += wide(cp) ? 2 : 1;
            }
            i += Character.charCount(cp);
        }
        return width;
    }

    static boolean wide(int cp) {
        return between(cp, 0x1100, 0x115F) || between(cp, 0x2E80, 0x303E) || between(cp, 0x3041, 0x33FF)
                || between(cp, 0x3400, 0x4DBF) || between(cp, 0x4E00, 0x9FFF) || between(cp, 0xA000, 0xA4CF)
                || between(cp, 0xAC00, 0xD7A3) || between(cp, 0xF900, 0xFAFF) || between(cp, 0xFE10, 0xFE19)
                || between(cp, 0xFE30, 0xFE6F) || between(cp, 0xFF00, 0xFF60) || between(cp, 0xFFE0, 0xFFE6)
                || between(cp, 0x20000, 0x3FFFD);
    }

    private static boolean between(int cp, int from, int to) {
        return cp >= from && cp <= to;
    }

    static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }

    /** Cuts to at most {@code width} cells, marking the cut with …. */
    static String truncate(String s, int width) {
        if (of(s) <= width) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > width - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
