package org.crediteval.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelDefinition;

/**
 * Values of facts as the Evidence editor shows and checks them: the syntax of {@code spec/domain.md} (booleans
 * true/false, yes/no, 1/0, 是/否; rates 0…100 with an optional %; counts non-negative integers; points 0…max;
 * money ≥ 0; levels by code). The engine checks again when it scores; these checks only stop obvious typing
 * mistakes in the cell editor.
 */
public final class FactValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FactValues() {
    }

    /** True / false for a boolean value, null when blank or not a boolean. */
    public static Boolean bool(String value) {
        if (value == null) return null;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> Boolean.TRUE;
            case "false", "no", "0", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** How a boolean is written back into the evidence (the example files' spelling). */
    public static String bool(boolean value) {
        return value ? "是" : "否";
    }

    /** The drop-down entries of a level fact: first "" (not supplied), then each level as "code label". */
    public static List<String> levelItems(FactDefinition fact) {
        List<String> items = new ArrayList<>();
        items.add("");
        for (LevelDefinition level : fact.getLevels()) {
            String label = level.getLabel();
            items.add(label == null || label.isBlank() || label.equals(level.getCode()) ? level.getCode()
                    : level.getCode() + "  " + label);
        }
        return items;
    }

    /** The level code of the drop-down entry {@code index} ({@code null} for the blank entry). */
    public static String levelCode(FactDefinition fact, int index) {
        return index <= 0 || index > fact.getLevels().size() ? null : fact.getLevels().get(index - 1).getCode();
    }

    /** The drop-down index of a value (0 when blank or unknown). */
    public static int levelIndex(FactDefinition fact, String value) {
        if (value == null) return 0;
        for (int i = 0; i < fact.getLevels().size(); i++) {
            if (fact.getLevels().get(i).getCode().equals(value.strip())) return i + 1;
        }
        return 0;
    }

    /**
     * Checks typed text for a number fact; blank is allowed (the fact is removed).
     *
     * @return null when valid, else the message
     */
    public static String check(FactDefinition fact, String text, Messages messages) {
        if (text == null || text.isBlank()) return null;
        String v = text.strip();
        switch (fact.getType()) {
            case COUNT:
                return v.chars().allMatch(c -> c >= '0' && c <= '9') ? null : messages.error_count;
            case RATE: {
                if (v.endsWith("%") || v.endsWith("％")) v = v.substring(0, v.length() - 1).strip();
                BigDecimal d = decimal(v);
                return d != null && d.signum() >= 0 && d.compareTo(HUNDRED) <= 0 ? null : messages.error_rate;
            }
            case POINTS: {
                BigDecimal d = decimal(v);
                BigDecimal max = fact.getMax();
                boolean ok = d != null && d.signum() >= 0 && (max == null || d.compareTo(max) <= 0);
                return ok ? null : messages.error_points + (max == null ? "" : " 0 … " + max.toPlainString());
            }
            case MONEY: {
                BigDecimal d = decimal(v);
                return d != null && d.signum() >= 0 ? null : messages.error_money;
            }
            case BOOL:
                return bool(v) != null ? null : messages.error_bool;
            case LEVEL:
                return levelIndex(fact, v) > 0 ? null : messages.error_level;
            default:
                return null;
        }
    }

    /** The value as shown in a cell: booleans in the UI language, levels with their label. */
    public static String display(FactDefinition fact, String value, Messages messages) {
        if (value == null) return "";
        switch (fact.getType()) {
            case BOOL: {
                Boolean b = bool(value);
                return b == null ? value : b ? messages.value_true : messages.value_false;
            }
            case LEVEL: {
                int index = levelIndex(fact, value);
                return index == 0 ? value : levelItems(fact).get(index);
            }
            default:
                return value;
        }
    }

    private static BigDecimal decimal(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
