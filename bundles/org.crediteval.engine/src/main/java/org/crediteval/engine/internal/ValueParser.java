package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crediteval.api.evidence.RawFact;
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
            case RATE -> rate(rateNumber(v));
            case POINTS -> points(def, v);
            case MONEY -> money(moneyNumber(v));
            case LEVEL -> level(def, v);
        };
    }

    /**
     * The raw value typed as {@link #parse} types it, with a numeric value's plain text: the checked text itself
     * when it is already what {@link BigDecimal#toPlainString()} gives (no leading zero, no sign), so that
     * explanations need not format the number again. A bool value is one of the definition's two shared values,
     * {@code yes} and {@code no} ({@link TypedFact#bool(FactDefinition, boolean)}).
     */
    static TypedFact bind(FactDefinition def, RawFact raw, TypedFact yes, TypedFact no) throws BadValue {
        String text = raw.value();
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) throw new BadValue("value is empty");
        return switch (def.getType()) {
            case BOOL -> bool(v) ? yes : no;
            case LEVEL -> new TypedFact(def, level(def, v), raw, null);
            case COUNT -> numeric(def, count(v), v, raw);
            case POINTS -> numeric(def, points(def, v), v, raw);
            case RATE -> {
                String number = rateNumber(v);
                yield numeric(def, rate(number), number, raw);
            }
            case MONEY -> {
                String number = moneyNumber(v);
                yield numeric(def, money(number), number, raw);
            }
        };
    }

    private static TypedFact numeric(FactDefinition def, BigDecimal value, String checked, RawFact raw) {
        return new TypedFact(def, value, raw, canonical(checked) ? checked : value.toPlainString());
    }

    /** A checked plain decimal that reads back as itself: no sign and no leading zero before a digit. */
    private static boolean canonical(String v) {
        return v.charAt(0) != '-' && !(v.length() > 1 && v.charAt(0) == '0' && v.charAt(1) != '.');
    }

    private static Boolean bool(String v) throws BadValue {
        Boolean b = boolOf(v);
        if (b == null) b = boolOf(v.toLowerCase(Locale.ROOT));
        if (b == null) throw new BadValue("bool must be one of true/false, yes/no, 1/0, 是/否");
        return b;
    }

    private static Boolean boolOf(String v) {
        switch (v) {
            case "true", "yes", "1", "是":
                return Boolean.TRUE;
            case "false", "no", "0", "否":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static BigDecimal count(String v) throws BadValue {
        if (!digits(v, 0, v.length())) throw new BadValue("count must be a non-negative integer");
        return checkedDecimal(v);
    }

    private static String rateNumber(String v) {
        return v.endsWith("%") || v.endsWith("％") ? v.substring(0, v.length() - 1).strip() : v;
    }

    private static BigDecimal rate(String number) throws BadValue {
        BigDecimal d = decimal(number, "rate must be a number between 0 and 100 (e.g. 95 or 95%)");
        if (d.signum() < 0 || d.compareTo(HUNDRED) > 0) throw new BadValue("rate must be between 0 and 100");
        return d;
    }

    private static BigDecimal points(FactDefinition def, String v) throws BadValue {
        BigDecimal max = def.getMax();
        BigDecimal d = decimal(v, null);
        if (d == null) throw new BadValue("points must be a number " + range(max));
        if (d.signum() < 0 || (max != null && d.compareTo(max) > 0)) throw new BadValue("points must be " + range(max));
        return d;
    }

    private static String range(BigDecimal max) {
        return max == null ? "at least 0" : "between 0 and " + max.toPlainString();
    }

    private static String moneyNumber(String v) {
        return v.endsWith("万元") ? v.substring(0, v.length() - 2).strip() : v;
    }

    private static BigDecimal money(String number) throws BadValue {
        BigDecimal d = decimal(number, "money must be a non-negative number (万元)");
        if (d.signum() < 0) throw new BadValue("money must be a non-negative number (万元)");
        return d;
    }

    /**
     * A plain decimal; a negative one parses so that the caller can report the range rather than the syntax.
     * Without a syntax message, a value that is no plain decimal gives null.
     */
    private static BigDecimal decimal(String v, String syntaxMessage) throws BadValue {
        if (plainDecimal(v, 0) || (v.startsWith("-") && plainDecimal(v, 1))) return checkedDecimal(v);
        if (syntaxMessage == null) return null;
        throw new BadValue(syntaxMessage);
    }

    /**
     * {@code new BigDecimal(v)} for text already checked to be a plain decimal (digits, at most one point, an
     * optional leading minus): the same unscaled value and scale, read straight into a long when up to 18 digits.
     */
    private static BigDecimal checkedDecimal(String v) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        if (v.length() - start > 19) return new BigDecimal(v);
        long unscaled = 0;
        int scale = 0;
        int digits = 0;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                scale = v.length() - i - 1;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            digits++;
        }
        if (digits > 18) return new BigDecimal(v);
        return BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, scale);
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
