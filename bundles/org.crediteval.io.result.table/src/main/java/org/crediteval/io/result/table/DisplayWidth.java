package org.crediteval.io.result.table;

/**
 * Terminal cells a string takes: East Asian wide and fullwidth characters take two, combining marks none. Covers the
 * ranges that occur in Chinese text (Unicode East_Asian_Width W/F, simplified to blocks); emoji are not handled.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return wide(cp) ? 2 : 1;
    }

    static boolean wide(int cp) {
        return between(cp, 0x1100, 0x115F)      // Hangul Jamo leading consonants
                || between(cp, 0x2E80, 0x303E)  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
                || between(cp, 0x3041, 0x33FF)  // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK compatibility
                || between(cp, 0x3400, 0x4DBF)  // CJK extension A
                || between(cp, 0x4E00, 0x9FFF)  // CJK unified ideographs
                || between(cp, 0xA000, 0xA4CF)  // Yi
                || between(cp, 0xAC00, 0xD7A3)  // Hangul syllables
                || between(cp, 0xF900, 0xFAFF)  // CJK compatibility ideographs
                || between(cp, 0xFE10, 0xFE19)  // vertical forms
                || between(cp, 0xFE30, 0xFE6F)  // CJK compatibility forms, small form variants
                || between(cp, 0xFF00, 0xFF60)  // fullwidth ASCII and punctuation (，（）：)
                || between(cp, 0xFFE0, 0xFFE6)  // fullwidth signs (￥)
                || between(cp, 0x20000, 0x3FFFD); // CJK extensions B and later
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
}
