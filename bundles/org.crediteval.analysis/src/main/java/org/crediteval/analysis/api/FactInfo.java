package org.crediteval.analysis.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One fact as a person filling in evidence sees it.
 *
 * @param id             the fact id ({@code 4.1.person_coverage})
 * @param label          the Chinese label
 * @param type           the type literal: {@code bool}, {@code count}, {@code rate}, {@code points}, {@code money},
 *                       {@code level}
 * @param typeLabel      the type in Chinese (是否, 数量, 比率（%）…)
 * @param allowed        the values allowed, in words ({@code 是 / 否}, {@code 0–100}, {@code 全部完成 (full) / …})
 * @param min            lowest numeric value, null for bool and level
 * @param max            highest numeric value (rate 100, points the fact's max), null when unbounded
 * @param integer        only whole numbers (counts)
 * @param levels         the level codes and labels, empty unless {@code level}
 * @param points         the most points the items reading this fact can give together (0 when none reads it)
 * @param dimensionId    the dimension of the first item reading the fact (null when none does)
 * @param indicatorId    the indicator of that item
 * @param units          the indicator's responsible units (负责提供资料单位), possibly empty
 * @param optional       the pack supplies {@link #defaultValue} when the fact is left out
 * @param condition      when the fact is needed only in one branch, that branch in Chinese; else null
 */
public record FactInfo(String id, String label, String type, String typeLabel, String allowed, BigDecimal min,
        BigDecimal max, boolean integer, List<Level> levels, BigDecimal points, String dimensionId,
        String dimensionName, String indicatorId, String indicatorName, List<String> units, boolean optional,
        String defaultValue, String condition) {

    public FactInfo {
        levels = List.copyOf(levels);
        units = List.copyOf(units);
    }

    /** One allowed answer of a level fact; {@code label} falls back to the code. */
    public record Level(String code, String label) {
    }
}
