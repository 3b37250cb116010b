package org.crediteval.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crediteval.analysis.api.FactHint;
import org.crediteval.analysis.api.Gap;
import org.crediteval.analysis.api.SubjectGaps;
import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.IndicatorResult;
import org.crediteval.api.score.ItemResult;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Scheme;

/**
 * Points at stake. An item's obtainable points are its headroom (max − score) limited by every enclosing cap that
 * the result shows (indicator, dimension, base or bonus total) and by its cap groups (from the scheme). The
 * subject's total obtainable adds headrooms bottom-up and caps at each level, so items that compete for one cap
 * are counted once.
 */
final class GapFinder {
    private final Scheme scheme; // may be null
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, FactDefinition> facts = new HashMap<>();

    GapFinder(Scheme scheme) {
        this.scheme = scheme;
        if (scheme == null) return;
        for (FactDefinition f : scheme.getFacts()) facts.put(f.getId(), f);
        for (Dimension d : scheme.getDimensions()) {
            for (Indicator i : d.getIndicators()) {
                for (Item item : i.getItems()) items.put(item.getId(), item);
            }
        }
    }

    List<SubjectGaps> gaps(ScoreResult result) {
        List<SubjectGaps> all = new ArrayList<>(result.subjects().size());
        for (SubjectResult s : result.subjects()) all.add(subject(s));
        return all;
    }

    private SubjectGaps subject(SubjectResult s) {
        Set<String> missing = new HashSet<>(s.missing());
        List<Gap> gaps = new ArrayList<>();
        BigDecimal baseReach = BigDecimal.ZERO;
        BigDecimal bonusReach = BigDecimal.ZERO;
        BigDecimal baseRoom = room(s.baseMax(), s.base());
        BigDecimal bonusRoom = room(s.bonusMax(), s.bonus());
        for (DimensionResult d : s.dimensions()) {
            BigDecimal totalRoom = d.bonus() ? bonusRoom : baseRoom;
            BigDecimal dimRoom = Decimals.min(room(d.max(), d.score()), totalRoom);
            BigDecimal dimReach = BigDecimal.ZERO;
            for (IndicatorResult i : d.indicators()) {
                BigDecimal indRoom = Decimals.min(room(i.max(), i.score()), dimRoom);
                Map<CapGroup, BigDecimal> groupRoom = groupRooms(i);
                Map<Object, BigDecimal> reachByGroup = new IdentityHashMap<>();
                for (ItemResult item : i.items()) {
                    BigDecimal own = room(item.max(), item.score());
                    if (own == null || own.signum() <= 0) continue;
                    // the tightest enclosing cap decides; it is named when it is tighter than the item itself
                    BigDecimal obtainable = own;
                    String limit = null;
                    Object groupKey = item; // an item outside any group is its own group
                    for (CapGroup g : capGroups(item.id())) {
                        BigDecimal r = groupRoom.get(g);
                        if (r != null && r.compareTo(obtainable) < 0) {
                            obtainable = r;
                            limit = "封顶组上限 " + Decimals.plain(g.getMax()) + " 分";
                        }
                        groupKey = g;
                    }
                    BigDecimal ownIndRoom = room(i.max(), i.score());
                    BigDecimal ownDimRoom = room(d.max(), d.score());
                    if (ownIndRoom != null && ownIndRoom.compareTo(obtainable) < 0) {
                        obtainable = ownIndRoom;
                        limit = "指标 " + i.id() + " 满分 " + Decimals.plain(i.max()) + " 分";
                    }
                    if (ownDimRoom != null && ownDimRoom.compareTo(obtainable) < 0) {
                        obtainable = ownDimRoom;
                        limit = "维度 " + d.id() + " 满分 " + Decimals.plain(d.max()) + " 分";
                    }
                    if (totalRoom != null && totalRoom.compareTo(obtainable) < 0) {
                        obtainable = totalRoom;
                        limit = (d.bonus() ? "附加分上限 " + Decimals.plain(s.bonusMax())
                                : "基础分上限 " + Decimals.plain(s.baseMax())) + " 分";
                    }
                    reachByGroup.merge(groupKey, own, BigDecimal::add);
                    if (obtainable.signum() <= 0) continue;
                    gaps.add(gap(d, i, item, obtainable, missing, limit));
                }
                BigDecimal indReach = BigDecimal.ZERO;
                for (Map.Entry<Object, BigDecimal> e : reachByGroup.entrySet()) {
                    BigDecimal r = e.getKey() instanceof CapGroup g ? Decimals.min(e.getValue(), groupRoom.get(g)) : e.getValue();
                    indReach = indReach.add(r);
                }
                dimReach = dimReach.add(Decimals.min(indReach, indRoom));
            }
            dimReach = Decimals.min(dimReach, dimRoom);
            if (d.bonus()) bonusReach = bonusReach.add(dimReach);
            else baseReach = baseReach.add(dimReach);
        }
        // stable sort: equal points keep the scheme's order
        gaps.sort(Comparator.comparing(Gap::obtainable).reversed());
        BigDecimal obtainable = Decimals.min(baseReach, baseRoom).add(Decimals.min(bonusReach, bonusRoom));
        BigDecimal totalMax = s.baseMax() == null || s.bonusMax() == null ? null : s.baseMax().add(s.bonusMax());
        return new SubjectGaps(s.subject(), s.total(), totalMax, obtainable, gaps);
    }

    private Gap gap(DimensionResult d, IndicatorResult i, ItemResult item, BigDecimal obtainable, Set<String> missing,
            String limit) {
        Item model = items.get(item.id());
        List<String> factIds = item.facts();
        if (factIds.isEmpty() && model != null) {
            factIds = RuleMaxima.factsOf(model).stream().map(FactDefinition::getId).toList();
        }
        List<FactHint> hints = new ArrayList<>();
        boolean anyMissing = false;
        for (String id : factIds) {
            boolean isMissing = missing.contains(id);
            anyMissing |= isMissing;
            FactDefinition fact = facts.get(id);
            String label = fact == null ? id : fact.getLabel();
            String action = model == null || fact == null ? (isMissing ? Hints.SUPPLY : "")
                    : Hints.action(model, fact, isMissing);
            hints.add(new FactHint(id, label, isMissing, action));
        }
        List<String> units = model != null && model.eContainer() instanceof Indicator ind
                ? List.copyOf(ind.getResponsibleUnits()) : List.of();
        String label = item.label() != null ? item.label() : model != null ? model.getLabel() : item.id();
        return new Gap(item.id(), label, d.id(), d.name(), i.id(), i.name(), item.score(), item.max(), obtainable,
                hints, units, anyMissing, item.explanation(), limit);
    }

    /** Headroom left in each cap group of the indicator: group max − the scores of its items. */
    private Map<CapGroup, BigDecimal> groupRooms(IndicatorResult i) {
        Map<CapGroup, BigDecimal> rooms = new IdentityHashMap<>();
        if (scheme == null) return rooms;
        Map<String, BigDecimal> scores = new HashMap<>();
        for (ItemResult item : i.items()) scores.put(item.id(), item.score());
        for (ItemResult item : i.items()) {
            for (CapGroup g : capGroups(item.id())) {
                if (rooms.containsKey(g)) continue;
                BigDecimal used = BigDecimal.ZERO;
                for (Item member : g.getItems()) used = used.add(Decimals.orZero(scores.get(member.getId())));
                rooms.put(g, room(g.getMax(), used));
            }
        }
        return rooms;
    }

    private List<CapGroup> capGroups(String itemId) {
        Item model = items.get(itemId);
        return model == null ? List.of() : RuleMaxima.capGroupsOf(model);
    }

    private static BigDecimal room(BigDecimal max, BigDecimal score) {
        if (max == null) return null;
        return Decimals.positive(max.subtract(Decimals.orZero(score)));
    }
}
