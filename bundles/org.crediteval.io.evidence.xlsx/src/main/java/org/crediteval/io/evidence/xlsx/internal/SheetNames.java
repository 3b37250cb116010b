package org.crediteval.io.evidence.xlsx.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
 * apostrophe, unique ignoring case. Long names are cut, clashes get {@code ~2}, {@code ~3}.
 */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    /** Reserves a name (e.g. a hidden sheet) so that no visible sheet takes it. */
    void reserve(String name) {
        used.add(name.toLowerCase(Locale.ROOT));
    }

    static String clean(String wanted) {
        StringBuilder b = new StringBuilder();
        String w = wanted == null ? "" : wanted;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(":\\/?*[]".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String name = b.toString().strip();
        while (name.startsWith("'")) name = name.substring(1);
        name = cut(name, MAX);
        while (name.endsWith("'")) name = name.substring(0, name.length() - 1);
        return name.isBlank() ? "Sheet" : name;
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /** {@code 'sheet name'!D7}, the apostrophes inside doubled, as Excel writes a reference. */
    static String reference(String sheet, String cell) {
        return "'" + sheet.replace("'", "''") + "'!" + cell;
    }
}
