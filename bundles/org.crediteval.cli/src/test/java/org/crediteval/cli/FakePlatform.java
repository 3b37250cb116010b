package org.crediteval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crediteval.api.evidence.EvidenceImporter;
import org.crediteval.api.pack.PackDiagnostic;
import org.crediteval.api.pack.RulePack;
import org.crediteval.api.pack.RulePackRegistry;
import org.crediteval.api.score.ResultExporter;
import org.crediteval.api.score.ScoringEngine;
import org.crediteval.api.score.SubjectResult;
import org.crediteval.model.scheme.Scheme;

/** A platform made of plain objects, so commands run without a framework. */
class FakePlatform implements Platform {
    final List<RulePack> packs = new ArrayList<>();
    final List<PackDiagnostic> diagnostics = new ArrayList<>();
    final Map<String, EvidenceImporter> importers = new TreeMap<>();
    final Map<String, ResultExporter> exporters = new TreeMap<>();
    ScoringEngine engine;
    PlatformException missing;
    /** What {@link #service} finds, by type. */
    final Map<Class<?>, Object> services = new HashMap<>();
    /** What {@link #services} finds: by type, then by name. */
    final Map<Class<?>, Map<String, Object>> named = new HashMap<>();

    @Override
    public void await(Set<Need> needs) throws PlatformException {
        if (missing != null) throw missing;
    }

    @Override
    public RulePackRegistry registry() {
        return new RulePackRegistry() {
            @Override
            public List<RulePack> packs() {
                return packs;
            }

            @Override
            public Optional<RulePack> find(String spec) {
                if (spec.contains("@") && spec.endsWith("@")) throw new IllegalArgumentException("empty version");
                return packs.stream().filter(p -> spec.equals(p.id()) || spec.equals(p.id() + "@" + p.version())).findFirst();
            }

            @Override
            public List<PackDiagnostic> validate(Path packJar) {
                return diagnostics;
            }
        };
    }

    @Override
    public ScoringEngine engine() {
        return engine;
    }

    @Override
    public Map<String, EvidenceImporter> importers() {
        return importers;
    }

    @Override
    public Map<String, ResultExporter> exporters() {
        return exporters;
    }

    @Override
    public <T> T service(Class<T> type) throws PlatformException {
        if (missing != null) throw missing;
        Object service = services.get(type);
        if (service == null) throw new PlatformException("no " + type.getName() + " service is running");
        return type.cast(service);
    }

    @Override
    public <T> Map<String, T> services(Class<T> type, String nameProperty) throws PlatformException {
        if (missing != null) throw missing;
        Map<String, T> byName = new TreeMap<>();
        named.getOrDefault(type, Map.of()).forEach((name, service) -> byName.put(name, type.cast(service)));
        return byName;
    }

    @Override
    public String version() {
        return "9.9.9.TEST";
    }

    static RulePack pack(String id, String version) {
        return new RulePack() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public String name() {
                return "广东测试";
            }

            @Override
            public Scheme scheme() {
                return null;
            }

            @Override
            public String origin() {
                return "org.crediteval.rulepack." + id + " " + version;
            }

            @Override
            public List<PackDiagnostic> warnings() {
                return List.of();
            }
        };
    }

    static SubjectResult subject(String name) {
        return new SubjectResult(name, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE,
                List.of(), List.of(), List.of());
    }
}
