package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelDefinition;

/**
 * Turns the text of one value into the typed value its fact definition asks for, with the syntax of
 * {@code domain.md} (Missing and bad evidence). Decimals go through {@code new BigDecimal(String)} only, after a
 * syntax check, so {@code 1e2}, {@code +5} or {@code 0x10} are refused rather than silently read.
 */
final class ValueParser {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A value that breaks its definition; the message says what is allowed. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private ValueParser() {
    }

    static Object parse(FactDefinition def, String text) throws BadValue {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) throw new BadValue("value is empty");
        return switch (def.getType()) {
            case BOOL -> bool(v);
            case COUNT -> count(v);
            case RATE -> rate(v);
            case POINTS -> points(def, v);
            case MONEY -> money(v);
            case LEVEL -> level(def, v);
        };
    }

    private static Boolean bool(String v) throws BadValue {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是":
                return Boolean.TRUE;
            case "false", "no", "0", "否":
                return Boolean.FALSE;
            default:
                throw new BadValue("bool must be one of true/false, yes/no, 1/0, 是/否");
        }
    }

    private static BigDecimal count(String v) throws BadValue {
        if (!digits(v, 0, v.length())) throw new BadValue("count must be a non-negative integer");
        return new BigDecimal(v);
    }

    private static BigDecimal rate(String v) throws BadValue {
        String number = v;
        if (number.endsWith("%") || number.endsWith("％")) number = number.substring(0, number.length() - 1).strip();
        BigDecimal d = decimal(number, "rate must be a number between 0 and 100 (e.g. 95 or 95%)");
        if (d.signum() < 0 || d.compareTo(HUNDRED) > 0) throw new BadValue("rate must be between 0 and 100");
        return d;
    }

    private static BigDecimal points(FactDefinition def, String v) throws BadValue {
        BigDecimal max = def.getMax();
        String range = max == null ? "at least 0" : "between 0 and " + max.toPlainString();
        BigDecimal d = decimal(v, "points must be a number " + range);
        if (d.signum() < 0 || (max != null && d.compareTo(max) > 0)) throw new BadValue("points must be " + range);
        return d;
    }

    private static BigDecimal money(String v) throws BadValue {
        String number = v.endsWith("万元") ? v.substring(0, v.length() - 2).strip() : v;
        BigDecimal d = decimal(number, "money must be a non-negative number (万元)");
        if (d.signum() < 0) throw new BadValue("money must be a non-negative number (万元)");
        return d;
    }

    /** A plain decimal; a negative one parses so that the caller can report the range rather than the syntax. */
    private static BigDecimal decimal(String v, String syntaxMessage) throws BadValue {
        if (plainDecimal(v, 0) || (v.startsWith("-") && plainDecimal(v, 1))) return new BigDecimal(v);
        throw new BadValue(syntaxMessage);
    }

    /** Digits, optionally a point and more digits, from {@code start}: 95, 93.5; no sign, exponent or bare point. */
    private static boolean plainDecimal(String v, int start) {
        int point = v.indexOf('.', start);
        if (point < 0) return digits(v, start, v.length());
        return digits(v, start, point) && digits(v, point + 1, v.length());
    }

    /** At least one ASCII digit and nothing else between {@code from} and {@code to}. */
    private static boolean digits(String v, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** The code itself (latin letters case-insensitive) or, as a template drop-down shows it, the level's label. */
    private static String level(FactDefinition def, String v) throws BadValue {
        for (LevelDefinition level : def.getLevels()) {
            if (level.getCode().equalsIgnoreCase(v)) return level.getCode();
        }
        for (LevelDefinition level : def.getLevels()) {
            if (v.equals(level.getLabel())) return level.getCode();
        }
        throw new BadValue("level must be one of "
                + def.getLevels().stream().map(LevelDefinition::getCode).collect(Collectors.joining(", ")));
    }
}
