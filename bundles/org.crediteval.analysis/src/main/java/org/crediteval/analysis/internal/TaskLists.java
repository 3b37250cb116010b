package org.crediteval.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crediteval.analysis.api.FactInfo;
import org.crediteval.analysis.api.FactTask;
import org.crediteval.analysis.api.IndicatorTask;
import org.crediteval.analysis.api.TaskList;
import org.crediteval.analysis.api.UnitTasks;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.api.evidence.RawFact;
import org.crediteval.api.score.ScoreResult;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.Scheme;

/** Builds department task lists: units in the scheme's order, their indicators, the facts under each. */
final class TaskLists {

    /** Which subjects lack a fact. */
    interface MissingCheck {
        boolean missing(String subject, FactDefinition fact);
    }

    private TaskLists() {
    }

    static TaskList unchecked(Scheme scheme) {
        return build(scheme, List.of(), (s, f) -> false);
    }

    static TaskList against(Scheme scheme, ScoreResult result) {
        Map<String, Set<String>> missing = new HashMap<>();
        List<String> subjects = new ArrayList<>();
        for (SubjectResult s : result.subjects()) {
            subjects.add(s.subject());
            missing.put(s.subject(), new HashSet<>(s.missing()));
        }
        return build(scheme, subjects, (s, f) -> missing.get(s).contains(f.getId()));
    }

    static TaskList against(Scheme scheme, Evidence evidence) {
        // subject → fact id → value; blank values count as not supplied
        Map<String, Map<String, String>> supplied = new HashMap<>();
        for (String subject : evidence.subjects()) supplied.put(subject, new HashMap<>());
        for (RawFact fact : evidence.facts()) {
            if (fact.value() == null || fact.value().isBlank()) continue;
            supplied.computeIfAbsent(fact.subject(), s -> new HashMap<>()).putIfAbsent(fact.factId(), fact.value().strip());
        }
        List<String> subjects = new ArrayList<>(new LinkedHashSet<>(evidence.subjects()));
        for (RawFact fact : evidence.facts()) if (!subjects.contains(fact.subject())) subjects.add(fact.subject());
        FactCatalog catalog = new FactCatalog(scheme);
        return build(scheme, subjects, (subject, fact) -> {
            Map<String, String> values = supplied.getOrDefault(subject, Map.of());
            if (fact.isOptional() || values.containsKey(fact.getId())) return false;
            FactCatalog.Branch branch = catalog.branch(fact);
            if (branch == null) return true;
            // an expert score under one level is needed only when that level was chosen
            String chosen = values.get(branch.levelFact().getId());
            return chosen != null && branch.levels().stream().anyMatch(code -> names(branch.levelFact(), code, chosen));
        });
    }

    /** The value names the level: its code (any case) or its label, as the engine reads levels. */
    private static boolean names(FactDefinition levelFact, String code, String value) {
        if (code.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) return true;
        for (LevelDefinition level : levelFact.getLevels()) {
            if (level.getCode().equals(code) && value.equals(level.getLabel())) return true;
        }
        return false;
    }

    private static TaskList build(Scheme scheme, List<String> subjects, MissingCheck check) {
        List<FactInfo> infos = new FactCatalog(scheme).facts();
        Map<String, FactDefinition> definitions = new HashMap<>();
        for (FactDefinition f : scheme.getFacts()) definitions.put(f.getId(), f);

        // facts under the indicator of the first item that reads them, in the scheme's fact order
        Map<String, List<FactTask>> byIndicator = new LinkedHashMap<>();
        for (FactInfo info : infos) {
            List<String> missingFor = new ArrayList<>();
            for (String subject : subjects) if (check.missing(subject, definitions.get(info.id()))) missingFor.add(subject);
            byIndicator.computeIfAbsent(info.indicatorId(), k -> new ArrayList<>()).add(new FactTask(info, missingFor));
        }

        Map<String, List<IndicatorTask>> byUnit = new LinkedHashMap<>();
        for (Dimension d : scheme.getDimensions()) {
            for (Indicator i : d.getIndicators()) {
                List<FactTask> facts = byIndicator.getOrDefault(i.getId(), List.of());
                if (facts.isEmpty()) continue;
                List<String> units = i.getResponsibleUnits().isEmpty() ? List.of(TaskList.UNASSIGNED)
                        : List.copyOf(new LinkedHashSet<>(i.getResponsibleUnits()));
                for (String unit : units) {
                    List<String> others = new ArrayList<>(units);
                    others.remove(unit);
                    byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new IndicatorTask(d.getId(), d.getName(),
                            i.getId(), i.getName(), i.getMax(), others, facts));
                }
            }
        }
        List<FactTask> orphans = byIndicator.get(null);
        if (orphans != null) {
            byUnit.computeIfAbsent(TaskList.UNASSIGNED, u -> new ArrayList<>()).add(new IndicatorTask(null, null, null,
                    "（未被评分项使用的事实）", BigDecimal.ZERO, List.of(), orphans));
        }
        // the unassigned group goes last, whatever the scheme's order
        List<IndicatorTask> unassigned = byUnit.remove(TaskList.UNASSIGNED);
        if (unassigned != null) byUnit.put(TaskList.UNASSIGNED, unassigned);

        List<UnitTasks> units = new ArrayList<>();
        byUnit.forEach((unit, indicators) -> {
            int facts = 0;
            int missing = 0;
            for (IndicatorTask task : indicators) {
                facts += task.facts().size();
                for (FactTask fact : task.facts()) missing += fact.missingFor().size();
            }
            units.add(new UnitTasks(unit, indicators, facts, missing));
        });
        return new TaskList(scheme.getId(), scheme.getVersion(), subjects, units);
    }
}
