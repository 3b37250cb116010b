package org.crediteval.engine.internal;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Scheme;

/**
 * What the scorer derives once per run from the (read-only, shared) scheme rather than once per subject: the
 * positions of facts, the defaults of optional facts, each item's maximum and required facts.
 */
final class ScoringPlan {
    /** An item's maximum and the facts it always needs (definitions and, shared by every result, their ids). */
    record ItemPlan(BigDecimal max, List<FactDefinition> required, List<String> requiredIds) {
    }

    private final Scheme scheme;
    private final FactIndex index;
    private final Map<FactDefinition, TypedFact> defaults = new IdentityHashMap<>();
    private final Map<Item, ItemPlan> items = new IdentityHashMap<>();

    ScoringPlan(Scheme scheme) {
        this.scheme = scheme;
        this.index = new FactIndex(scheme);
        for (FactDefinition def : scheme.getFacts()) {
            if (def.isOptional()) defaults.put(def, defaultValue(def));
        }
        for (Dimension dimension : scheme.getDimensions()) {
            for (Indicator indicator : dimension.getIndicators()) {
                for (Item item : indicator.getItems()) {
                    List<FactDefinition> required = RuleFacts.required(item);
                    List<String> ids = required.stream().map(FactDefinition::getId).toList();
                    items.put(item, new ItemPlan(RuleMaxima.itemMax(item), required, List.copyOf(ids)));
                }
            }
        }
    }

    Scheme scheme() {
        return scheme;
    }

    ItemPlan of(Item item) {
        return items.get(item);
    }

    /** An optional fact's default; a fact that is optional only by accident of the model reads as its type's zero. */
    TypedFact defaultOf(FactDefinition def) {
        TypedFact value = defaults.get(def);
        return value != null ? value : defaultValue(def);
    }

    FactIndex index() {
        return index;
    }

    /** Position in {@code Scheme.facts}; ids the scheme does not list sort last. */
    int factOrder(String factId) {
        int position = index.of(factId);
        return position < 0 ? Integer.MAX_VALUE : position;
    }

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
