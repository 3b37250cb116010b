package org.crediteval.io.result.html.chart;

/**
 * Estimated text widths for laying out labels before any font is at hand: CJK and full-width characters take one
 * em, digits and latin letters about half. Good enough to size label columns; renderers place text themselves.
 */
public final class TextMetrics {
    private TextMetrics() {
    }

    public static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') em += 0.3;
            else if (cp >= 0x2E80 || (cp >= 0xFF00 && cp <= 0xFFEF)) em += 1.0;
            else if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w' || cp == '%') em += 0.75;
            else em += 0.56;
        }
        return em * size;
    }

    /** {@code text} cut to fit {@code max} pixels, with an ellipsis when cut. */
    public static String fit(String text, double size, double max) {
        if (width(text, size) <= max) return text;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (width(b + new String(Character.toChars(cp)) + "…", size) > max) break;
            b.appendCodePoint(cp);
        }
        return b + "…";
    }
}
