package org.crediteval.engine.internal;

import java.math.BigDecimal;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.LevelDefinition;

/** How values appear in explanations: 是/否, rates with %, money in 万元, levels as {@code 标签 (code)}. */
final class Text {
    static final String ARROW = " → ";

    private Text() {
    }

    static String num(BigDecimal v) {
        return Decimals.text(v);
    }

    static String label(FactDefinition def) {
        String label = def.getLabel();
        return label == null || label.isBlank() ? def.getId() : label;
    }

    static String value(TypedFact fact) {
        FactDefinition def = fact.definition();
        return switch (def.getType()) {
            case BOOL -> yesNo(fact.bool());
            case LEVEL -> levelName(def, fact.level());
            default -> quantity(def, fact.number());
        };
    }

    /** A number in the fact's unit: {@code 93.5%} for a rate, {@code 25.5万元} for money. */
    static String quantity(FactDefinition def, BigDecimal v) {
        return switch (def.getType()) {
            case RATE -> num(v) + "%";
            case MONEY -> num(v) + "万元";
            default -> num(v);
        };
    }

    static String yesNo(boolean v) {
        return v ? "是" : "否";
    }

    static String levelName(FactDefinition def, String code) {
        if (code == null) return "未填写";
        for (LevelDefinition level : def.getLevels()) {
            if (level.getCode().equals(code) && level.getLabel() != null && !level.getLabel().isBlank()) {
                return level.getLabel() + " (" + code + ")";
            }
        }
        return code;
    }
}
