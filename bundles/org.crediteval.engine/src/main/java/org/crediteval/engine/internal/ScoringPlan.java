package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Scheme;

/**
 * What the scorer derives once per run from the (read-only, shared) scheme rather than once per subject: the
 * scheme walked into arrays of dimensions, indicators and items; each fact read as a {@link FactRef} (position,
 * label, unit, default); each item's maximum, required facts, gates, deductions and compiled rule; each cap
 * group's members; and the parts of explanations that depend on the model only.
 */
final class ScoringPlan {
    /** One item: everything the item scorer needs besides the subject's facts. */
    static final class ItemPlan {
        final Item item;
        final String id;
        final String label;
        final BigDecimal max;
        /** appended to the explanation when the rule gives more than the item maximum */
        final String overMax;
        final FactRef[] required;
        /** the ids of {@link #required}, shared by every result that read exactly these */
        final List<String> requiredIds;
        /** the explanation when the item's only required fact is absent */
        final RuleOutcome singleMissing;
        final GatePlan[] gates;
        final Deductions deductions;
        final RuleEvaluator rule;
        /** false when the model alone shows the rule never gives more than {@link #max} */
        final boolean mayExceedMax;

        private ItemPlan(Item item, ScoringPlan plan) {
            this.item = item;
            this.id = item.getId();
            this.label = item.getLabel();
            this.max = RuleMaxima.itemMax(item);
            this.overMax = "，超出本项上限 " + Text.num(max) + Text.ARROW + Text.num(max);
            List<FactDefinition> defs = RuleFacts.required(item);
            this.required = new FactRef[defs.size()];
            List<String> ids = new ArrayList<>(defs.size());
            for (int i = 0; i < required.length; i++) {
                required[i] = plan.ref(defs.get(i));
                ids.add(required[i].id);
            }
            this.requiredIds = List.copyOf(ids);
            this.singleMissing = required.length == 1
                    ? RuleOutcome.zero("缺失：" + required[0].id + Text.ARROW + "0") : null;
            this.gates = item.getGates().stream().map(g -> new GatePlan(g, plan)).toArray(GatePlan[]::new);
            this.deductions = item.getDeductions().isEmpty() ? null : new Deductions(item.getDeductions(), plan);
            this.rule = RuleEvaluator.compile(item, requiredIds, plan);
            if (deductions == null) rule.limitTo(max, overMax);
            // every other outcome (a missing fact, a closed gate) is 0
            BigDecimal highest = rule.highest();
            this.mayExceedMax = deductions != null || highest == null || max.signum() < 0 || highest.compareTo(max) > 0;
        }
    }

    /** A gate: the item scores 0 unless the fact is true (or, for {@code ZERO}, is 0). */
    static final class GatePlan {
        final FactRef fact;
        final boolean zero;
        /** the closing explanations of a bool gate, without and with value 否 */
        private final RuleOutcome closedNo;

        GatePlan(Gate gate, ScoringPlan plan) {
            this.fact = plan.ref(gate.getFact());
            this.zero = gate.getCondition() == GateCondition.ZERO;
            this.closedNo = closed(Text.yesNo(false));
        }

        boolean opens(TypedFact value) {
            return zero ? Decimals.isZero(value.number()) : value.bool();
        }

        /** {@code 开通映射库 = 否 → 本项不得分 → 0} */
        RuleOutcome closed(TypedFact value) {
            if (value.definition().getType() == org.crediteval.model.scheme.FactType.BOOL) {
                return value.bool() ? closed(Text.yesNo(true)) : closedNo;
            }
            return closed(Text.value(value));
        }

        private RuleOutcome closed(String value) {
            return RuleOutcome.zero(fact.label + " = " + value + Text.ARROW + "本项不得分" + Text.ARROW + "0");
        }
    }

    /** An indicator, its items, and its cap groups as lists of item positions (an item counts in its first group). */
    static final class IndicatorPlan {
        final Indicator indicator;
        final String id;
        final String name;
        final BigDecimal max;
        final ItemPlan[] items;
        final int[][] groups;
        final BigDecimal[] groupMax;
        /** items in no group */
        final int[] ungrouped;
        /** false when the item maxima sum to no more than the indicator max, so the sum never needs capping */
        final boolean mayExceedMax;

        private IndicatorPlan(Indicator indicator, ScoringPlan plan) {
            this.indicator = indicator;
            this.id = indicator.getId();
            this.name = indicator.getName();
            this.max = indicator.getMax();
            List<Item> model = indicator.getItems();
            this.items = model.stream().map(i -> new ItemPlan(i, plan)).toArray(ItemPlan[]::new);
            List<CapGroup> capGroups = indicator.getCapGroups();
            this.groups = new int[capGroups.size()][];
            this.groupMax = new BigDecimal[capGroups.size()];
            boolean[] grouped = new boolean[model.size()];
            for (int g = 0; g < groups.length; g++) {
                CapGroup group = capGroups.get(g);
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < model.size(); i++) {
                    if (!grouped[i] && group.getItems().contains(model.get(i))) {
                        grouped[i] = true;
                        members.add(i);
                    }
                }
                groups[g] = members.stream().mapToInt(Integer::intValue).toArray();
                groupMax[g] = group.getMax();
            }
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < model.size(); i++) {
                if (!grouped[i]) rest.add(i);
            }
            this.ungrouped = rest.stream().mapToInt(Integer::intValue).toArray();
            // every item's score is at most its maximum (the item scorer sees to it)
            BigDecimal most = BigDecimal.ZERO;
            for (ItemPlan item : items) most = most.add(item.max);
            this.mayExceedMax = max == null || most.compareTo(max) > 0;
        }
    }

    static final class DimensionPlan {
        final Dimension dimension;
        final IndicatorPlan[] indicators;
        /** false when there is no max or the indicator maxima sum to no more than it */
        final boolean mayExceedMax;

        private DimensionPlan(Dimension dimension, ScoringPlan plan) {
            this.dimension = dimension;
            this.indicators = dimension.getIndicators().stream().map(i -> new IndicatorPlan(i, plan))
                    .toArray(IndicatorPlan[]::new);
            // an indicator's score is at most its max
            BigDecimal most = BigDecimal.ZERO;
            boolean unbounded = false;
            for (IndicatorPlan indicator : indicators) {
                if (indicator.max == null) unbounded = true;
                else most = most.add(indicator.max);
            }
            BigDecimal max = dimension.getMax();
            this.mayExceedMax = max != null && (unbounded || most.compareTo(max) > 0);
        }
    }

    private final Scheme scheme;
    private final FactIndex index;
    private final Map<FactDefinition, FactRef> refs = new IdentityHashMap<>();
    private final DimensionPlan[] dimensions;
    private final int mostItems;
    private final int mostIndicators;

    ScoringPlan(Scheme scheme) {
        this.scheme = scheme;
        this.index = new FactIndex(scheme);
        this.dimensions = scheme.getDimensions().stream().map(d -> new DimensionPlan(d, this))
                .toArray(DimensionPlan[]::new);
        int items = 0;
        int indicators = 0;
        for (DimensionPlan d : dimensions) {
            indicators = Math.max(indicators, d.indicators.length);
            for (IndicatorPlan i : d.indicators) items = Math.max(items, i.items.length);
        }
        this.mostItems = items;
        this.mostIndicators = indicators;
    }

    Scheme scheme() {
        return scheme;
    }

    FactIndex index() {
        return index;
    }

    DimensionPlan[] dimensions() {
        return dimensions;
    }

    /** The most items of any indicator. */
    int mostItems() {
        return mostItems;
    }

    /** The most indicators of any dimension. */
    int mostIndicators() {
        return mostIndicators;
    }

    /** The plan's one view of a fact definition. */
    FactRef ref(FactDefinition def) {
        FactRef ref = refs.get(def);
        if (ref == null) {
            ref = new FactRef(def, index.of(def), def.isOptional() ? defaultValue(def) : null);
            refs.put(def, ref);
        }
        return ref;
    }

    /** An optional fact's default; a fact that is optional only by accident of the model reads as its type's zero. */
    private static TypedFact defaultValue(FactDefinition def) {
        if (def.getDefaultValue() != null) {
            try {
                return new TypedFact(def, ValueParser.parse(def, def.getDefaultValue()), null);
            } catch (ValueParser.BadValue e) {
                // an unreadable default is the pack validator's finding; score with the type's zero meanwhile
            }
        }
        Object zero = switch (def.getType()) {
            case BOOL -> Boolean.FALSE;
            case LEVEL -> null;
            default -> BigDecimal.ZERO;
        };
        return new TypedFact(def, zero, null);
    }
}
