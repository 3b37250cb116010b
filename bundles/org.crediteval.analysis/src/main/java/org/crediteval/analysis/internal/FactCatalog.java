package org.crediteval.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.Scheme;

/** Builds {@link FactInfo}s: where each fact is used, what it is worth, who provides it, what values it takes. */
final class FactCatalog {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A fact that only one level of another fact asks for (gd-2017 2.2.y2015_expert under "partial"). */
    record Branch(FactDefinition levelFact, List<String> levels) {
    }

    private final Scheme scheme;
    private final Map<FactDefinition, List<Item>> readers = new LinkedHashMap<>();
    private final Map<FactDefinition, Branch> branches = new LinkedHashMap<>();

    FactCatalog(Scheme scheme) {
        this.scheme = scheme;
        for (Dimension d : scheme.getDimensions()) {
            for (Indicator i : d.getIndicators()) {
                for (Item item : i.getItems()) {
                    for (FactDefinition fact : RuleMaxima.factsOf(item)) {
                        readers.computeIfAbsent(fact, f -> new ArrayList<>()).add(item);
                    }
                    if (item.getRule() instanceof LevelRule level) {
                        for (LevelScore score : level.getScores()) {
                            if (score.getPointsFact() == null) continue;
                            branches.computeIfAbsent(score.getPointsFact(),
                                    f -> new Branch(level.getFact(), new ArrayList<>())).levels().add(score.getLevel());
                        }
                    }
                }
            }
        }
    }

    Branch branch(FactDefinition fact) {
        return branches.get(fact);
    }

    List<FactInfo> facts() {
        List<FactInfo> facts = new ArrayList<>(scheme.getFacts().size());
        for (FactDefinition fact : scheme.getFacts()) facts.add(info(fact));
        return facts;
    }

    private FactInfo info(FactDefinition fact) {
        List<Item> items = readers.getOrDefault(fact, List.of());
        BigDecimal points = BigDecimal.ZERO;
        for (Item item : items) points = points.add(RuleMaxima.itemMax(item));
        Indicator indicator = items.isEmpty() ? null : (Indicator) items.get(0).eContainer();
        Dimension dimension = indicator == null ? null : (Dimension) indicator.eContainer();
        List<FactInfo.Level> levels = new ArrayList<>();
        for (LevelDefinition level : fact.getLevels()) {
            String label = level.getLabel() == null || level.getLabel().isBlank() ? level.getCode() : level.getLabel();
            levels.add(new FactInfo.Level(level.getCode(), label));
        }
        String type = fact.getType().getLiteral();
        BigDecimal min = switch (fact.getType()) {
            case BOOL, LEVEL -> null;
            default -> BigDecimal.ZERO;
        };
        BigDecimal max = switch (fact.getType()) {
            case RATE -> HUNDRED;
            case POINTS -> fact.getMax();
            default -> null;
        };
        return new FactInfo(fact.getId(), fact.getLabel(), type, typeLabel(type), allowed(fact, levels), min, max,
                "count".equals(type), levels, points,
                dimension == null ? null : dimension.getId(), dimension == null ? null : dimension.getName(),
                indicator == null ? null : indicator.getId(), indicator == null ? null : indicator.getName(),
                indicator == null ? List.of() : List.copyOf(indicator.getResponsibleUnits()),
                fact.isOptional(), fact.getDefaultValue(), condition(fact));
    }

    static String typeLabel(String type) {
        return switch (type) {
            case "bool" -> "是否";
            case "count" -> "数量";
            case "rate" -> "比率（%）";
            case "points" -> "分值";
            case "money" -> "金额（万元）";
            case "level" -> "等级";
            default -> type;
        };
    }

    private static String allowed(FactDefinition fact, List<FactInfo.Level> levels) {
        String text = switch (fact.getType()) {
            case BOOL -> "是 / 否";
            case COUNT -> "≥ 0 的整数";
            case RATE -> "0–100";
            case POINTS -> fact.getMax() == null ? "≥ 0" : "0–" + Decimals.plain(fact.getMax());
            case MONEY -> "≥ 0（万元）";
            case LEVEL -> String.join(" / ", levels.stream().map(FactInfo.Level::label).toList());
        };
        if (fact.isOptional()) {
            text += fact.getDefaultValue() == null ? "（可不填）" : "（可不填，默认 " + fact.getDefaultValue() + "）";
        }
        return text;
    }

    private String condition(FactDefinition fact) {
        Branch branch = branches.get(fact);
        if (branch == null) return null;
        List<String> labels = new ArrayList<>();
        for (String code : branch.levels()) labels.add("“" + levelLabel(branch.levelFact(), code) + "”");
        return "仅当“" + branch.levelFact().getLabel() + "”为" + String.join("或", labels) + "时填写";
    }

    static String levelLabel(FactDefinition fact, String code) {
        for (LevelDefinition level : fact.getLevels()) {
            if (level.getCode().equals(code)) {
                return level.getLabel() == null || level.getLabel().isBlank() ? code : level.getLabel();
            }
        }
        return code;
    }
}
